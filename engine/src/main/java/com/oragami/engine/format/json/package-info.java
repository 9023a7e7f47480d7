/**
 * Composer's JSON score (R1): {@link com.oragami.engine.format.json.JsonValueReader} (Jackson
 * streaming, line:column kept) and {@link com.oragami.engine.format.json.ScoreTreeBuilder}, the one
 * place that maps Composer's keys to the model (EDN maps use it too).
 *
 * <p>Mapping, Composer step ↔ model type:
 *
 * <table>
 *   <caption>Composer steps and the model</caption>
 *   <tr><th>step</th><th>model</th><th>fields read</th></tr>
 *   <tr><td>{@code root}</td><td>{@code Symphony}</td>
 *       <td>id, name, description, rebalance, rebalance-corridor-width → {@code Rebalance}</td></tr>
 *   <tr><td>{@code wt-cash-equal}</td><td>{@code EqualWeight}</td><td>children</td></tr>
 *   <tr><td>{@code wt-cash-specified}</td><td>{@code SpecifiedWeight}</td>
 *       <td>each child's weight {num, den} → {@code Weight}</td></tr>
 *   <tr><td>{@code wt-inverse-vol}</td><td>{@code InverseVolatilityWeight}</td><td>window-days</td></tr>
 *   <tr><td>{@code wt-marketcap}</td><td>{@code MarketCapWeight}</td><td>children</td></tr>
 *   <tr><td>{@code group}</td><td>{@code Group}</td><td>name, children</td></tr>
 *   <tr><td>{@code if}</td><td>{@code IfElse}</td><td>if-child children</td></tr>
 *   <tr><td>{@code if-child}</td><td>{@code Branch}</td>
 *       <td>is-else-condition?; lhs-fn, lhs-fn-params.window | lhs-window-days, lhs-val, comparator,
 *       rhs-fixed-value?, rhs-val, rhs-fn, rhs-fn-params.window | rhs-window-days; or a condition
 *       block → {@code Condition.Comparison / AllOf / AnyOf}</td></tr>
 *   <tr><td>{@code filter}</td><td>{@code Filter} + {@code Ranking}</td>
 *       <td>sort-by-fn, sort-by-fn-params.window | sort-by-window-days, select-fn, select-n</td></tr>
 *   <tr><td>{@code asset}</td><td>{@code Asset}</td><td>ticker ({@code Ticker.parse}), name</td></tr>
 *   <tr><td>{@code empty}</td><td>{@code Cash}</td><td>—</td></tr>
 * </table>
 */
@NullMarked
package com.oragami.engine.format.json;

import org.jspecify.annotations.NullMarked;
