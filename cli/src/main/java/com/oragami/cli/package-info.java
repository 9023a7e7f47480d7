/**
 * The {@code oragami} command line over the engine: {@link com.oragami.cli.Oragami} (root command
 * and exit codes), one class per subcommand, {@link com.oragami.cli.ProblemPrinter} for one-line
 * problems, {@link com.oragami.cli.PriceOptions} for choosing price data, {@link
 * com.oragami.cli.Json} for machine-readable output. Exit codes: 0 success, 2 bad input or usage,
 * 1 internal error.
 */
@NullMarked
package com.oragami.cli;

import org.jspecify.annotations.NullMarked;
