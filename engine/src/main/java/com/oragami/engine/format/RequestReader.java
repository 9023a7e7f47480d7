package com.oragami.engine.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads the fields of a backtest request wrapper (spec §9.1), accepting the JSON spelling
 * ({@code slippage_percent}, {@code start_date} as ISO date) and the EDN one ({@code
 * :slippage-percent}, {@code :start-date-in-epoch-days}). Unknown keys are ignored.
 */
final class RequestReader {

    private final Coercions coerce;

    RequestReader(Issues issues) {
        this.coerce = new Coercions(issues);
    }

    BacktestRequest read(Value.Obj request) {
        return new BacktestRequest(
                number(request, "capital", "capital"),
                number(request, "slippage_percent", "slippage-percent"),
                date(request, "start_date", "start-date-in-epoch-days"),
                date(request, "end_date", "end-date-in-epoch-days"),
                benchmarks(request),
                flag(request, "apply_reg_fee", "apply-reg-fee?"),
                flag(request, "apply_taf_fee", "apply-taf-fee?"));
    }

    private static Optional<Value> either(Value.Obj request, String jsonKey, String ednKey) {
        return request.get(jsonKey).or(() -> request.get(ednKey)).filter(v -> !(v instanceof Value.Null));
    }

    private OptionalDouble number(Value.Obj request, String jsonKey, String ednKey) {
        Optional<Value> value = either(request, jsonKey, ednKey);
        return value.isPresent() ? coerce.number(value.get(), jsonKey, "") : OptionalDouble.empty();
    }

    private Optional<LocalDate> date(Value.Obj request, String isoKey, String epochDaysKey) {
        Optional<Value> iso = request.get(isoKey).filter(v -> !(v instanceof Value.Null));
        if (iso.isPresent()) {
            Optional<String> text = coerce.text(iso.get(), isoKey, "");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text.get()));
            } catch (DateTimeParseException e) {
                coerce.issues()
                        .error(
                                "wrong-type",
                                isoKey + " must be a date such as 2022-10-24, got " + Coercions.quoted(text.get()),
                                iso.get().at(),
                                "");
                return Optional.empty();
            }
        }
        Optional<Value> days = request.get(epochDaysKey).filter(v -> !(v instanceof Value.Null));
        if (days.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt epochDay = coerce.wholeNumber(days.get(), epochDaysKey, "");
        return epochDay.isPresent() ? Optional.of(LocalDate.ofEpochDay(epochDay.getAsInt())) : Optional.empty();
    }

    private static boolean flag(Value.Obj request, String jsonKey, String ednKey) {
        return either(request, jsonKey, ednKey)
                .filter(v -> v instanceof Value.Bool b && b.value())
                .isPresent();
    }

    /** {@code benchmark_tickers: ["SPY"]} or {@code :ticker-benchmarks [{:ticker "SPY" …}]}. */
    private static List<String> benchmarks(Value.Obj request) {
        List<String> tickers = new ArrayList<>();
        Optional<Value> value = either(request, "benchmark_tickers", "ticker-benchmarks");
        if (value.isPresent() && value.get() instanceof Value.Seq seq) {
            for (Value item : seq.items()) {
                Optional<String> ticker =
                        item instanceof Value.Obj obj ? obj.get("ticker").flatMap(Value::asText) : item.asText();
                ticker.ifPresent(tickers::add);
            }
        }
        return tickers;
    }
}
