/**
 * Exchange calendars: which dates are trading sessions and when they open and close. {@link
 * com.oragami.engine.calendar.TradingCalendar} is the interface the backtester, the CLI, replay and
 * the server's daily run use; {@link com.oragami.engine.calendar.NyseCalendar} implements it for
 * the New York Stock Exchange by rule (holidays, 13:00 early closes) plus the known special
 * closures, for the years 2000 to 2035. A {@link com.oragami.engine.calendar.Session} is one
 * trading day with its open and close in New York time ({@link
 * com.oragami.engine.calendar.NyseCalendar#ZONE}); a {@link com.oragami.engine.calendar.Holiday}
 * is a weekday without a session and why. No clock: dates come in as arguments.
 */
@NullMarked
package com.oragami.engine.calendar;

import org.jspecify.annotations.NullMarked;
