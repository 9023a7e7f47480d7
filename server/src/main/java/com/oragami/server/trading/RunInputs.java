package com.oragami.server.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.AccountBook;
import com.oragami.engine.trading.AccountId;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.BookTarget;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.SymphonyBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run was planned from, stored with the run before any order is sent: the books as they
 * were, each book's target (weights, or the failure that liquidates it) and the live prices.
 * {@code RunPlanner} is deterministic, so planning again from these gives the same plan — the
 * same orders with the same client order ids — which is how a resumed run settles what an earlier
 * node sent. Decimals are strings; doubles are written in their shortest form, which reads back
 * as the same double.
 */
record RunInputs(Map<String, BookState> books, Map<String, TargetState> targets, Map<String, Double> prices) {

    record BookState(String cash, Map<String, String> positions) {}

    record TargetState(
            @Nullable Map<String, Double> weights,
            @Nullable String code,
            @Nullable String message) {}

    static RunInputs of(AccountBook account, Map<BookId, BookTarget> targets, Map<Ticker, Double> prices) {
        Map<String, BookState> books = new TreeMap<>();
        account.books().forEach((id, b) -> {
            Map<String, String> positions = new TreeMap<>();
            b.positions().forEach((t, q) -> positions.put(t.symbol(), q.toString()));
            books.put(id.value(), new BookState(b.cash().toString(), positions));
        });
        Map<String, TargetState> wanted = new TreeMap<>();
        targets.forEach((id, target) -> {
            if (target instanceof BookTarget.Wanted w) {
                Map<String, Double> weights = new TreeMap<>();
                w.allocation().weights().forEach((t, x) -> weights.put(t.symbol(), x));
                wanted.put(id.value(), new TargetState(weights, null, null));
            } else if (target instanceof BookTarget.Failed f) {
                wanted.put(
                        id.value(),
                        new TargetState(null, f.cause().code(), f.cause().message()));
            }
        });
        Map<String, Double> live = new TreeMap<>();
        prices.forEach((t, p) -> live.put(t.symbol(), p));
        return new RunInputs(books, wanted, live);
    }

    AccountBook account(AccountId account) {
        List<SymphonyBook> list = new ArrayList<>();
        books.forEach((id, state) -> {
            TreeMap<Ticker, Quantity> positions = new TreeMap<>();
            state.positions().forEach((t, q) -> positions.put(Ticker.of(t), Quantity.of(q)));
            list.add(new SymphonyBook(BookId.of(id), Money.of(state.cash()), positions));
        });
        return AccountBook.of(account, list);
    }

    Map<BookId, BookTarget> bookTargets() {
        Map<BookId, BookTarget> out = new TreeMap<>();
        targets.forEach((id, state) -> {
            if (state.weights() != null) {
                TreeMap<Ticker, Double> weights = new TreeMap<>();
                state.weights().forEach((t, w) -> weights.put(Ticker.of(t), w));
                out.put(BookId.of(id), BookTarget.of(new Allocation(weights)));
            } else {
                out.put(
                        BookId.of(id),
                        BookTarget.failed(Problem.error(
                                state.code() == null ? "evaluation-failed" : state.code(),
                                state.message() == null ? "" : state.message(),
                                Location.of("book " + id, 0, 0))));
            }
        });
        return out;
    }

    Map<Ticker, Double> livePrices() {
        Map<Ticker, Double> out = new TreeMap<>();
        prices.forEach((t, p) -> out.put(Ticker.of(t), p));
        return out;
    }

    String write(JsonMapper json) {
        return json.writeValueAsString(this);
    }

    static RunInputs read(JsonMapper json, String text) {
        return json.readValue(text, RunInputs.class);
    }
}
