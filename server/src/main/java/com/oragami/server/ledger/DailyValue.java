package com.oragami.server.ledger;

import com.oragami.engine.trading.Money;
import java.time.LocalDate;

/**
 * A book's (or an account's) value after a session's run, its cash, and the money moved in (+) or
 * out (−) since the previous value: what a time-weighted return takes out.
 */
public record DailyValue(LocalDate date, Money value, Money cash, Money flow) {}
