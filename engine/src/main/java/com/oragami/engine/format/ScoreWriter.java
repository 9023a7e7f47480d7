package com.oragami.engine.format;

import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Cash;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.Constant;
import com.oragami.engine.symphony.EqualWeight;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.MarketCapWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.NodeVisitor;
import com.oragami.engine.symphony.Operand;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Weight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a symphony as a canonical Composer JSON score: pretty-printed with two spaces, keys in a
 * fixed order ({@code step}, {@code id}, then the step's fields, {@code children} last), the new
 * window style ({@code *-fn-params: {window}}), integral numbers without {@code .0}. A single
 * comparison is written as Composer's flat {@code lhs-*}/{@code rhs-*} fields; {@code all}/{@code
 * any} as a {@code condition} block of nested {@code compound}/{@code binary} conditions (plus the
 * flat mirror of its first comparison, as Composer does, for display). Reading the result gives an
 * equal {@link Symphony}.
 */
public final class ScoreWriter {

    private ScoreWriter() {}

    /** Pretty-printed with two spaces per level: for people and small trees. */
    public static String write(Symphony symphony) {
        return write(symphony, true);
    }

    /**
     * On one line: for storage and export. Deep trees grow large when indented (the 230-level,
     * 1 MB kitchen sink becomes 22 MB pretty-printed and about 1 MB compact).
     */
    public static String writeCompact(Symphony symphony) {
        return write(symphony, false);
    }

    private static String write(Symphony symphony, boolean pretty) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("step", "root");
        root.put("id", symphony.id().value());
        root.put("name", symphony.name());
        root.put("description", symphony.description());
        root.put("rebalance", symphony.rebalance().frequency().scoreName());
        symphony.rebalance().corridorWidth().ifPresent(w -> root.put("rebalance-corridor-width", w));
        root.put("children", nodes(symphony.children()));
        StringBuilder out = new StringBuilder();
        json(root, pretty ? 0 : COMPACT, out);
        return out.append('\n').toString();
    }

    private static List<Object> nodes(List<Node> nodes) {
        List<Object> out = new ArrayList<>();
        NodeWriter writer = new NodeWriter();
        for (Node node : nodes) {
            out.add(node.accept(writer));
        }
        return out;
    }

    private static final class NodeWriter implements NodeVisitor<Map<String, Object>> {

        private static Map<String, Object> start(Node node) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("step", node.step());
            map.put("id", node.id().value());
            return map;
        }

        @Override
        public Map<String, Object> visitAsset(Asset node) {
            Map<String, Object> map = start(node);
            map.put("ticker", node.ticker().symbol());
            if (!node.name().isEmpty()) {
                map.put("name", node.name());
            }
            return map;
        }

        @Override
        public Map<String, Object> visitCash(Cash node) {
            return start(node);
        }

        @Override
        public Map<String, Object> visitGroup(Group node) {
            Map<String, Object> map = start(node);
            map.put("name", node.name());
            map.put("children", nodes(node.children()));
            return map;
        }

        @Override
        public Map<String, Object> visitEqualWeight(EqualWeight node) {
            Map<String, Object> map = start(node);
            map.put("children", nodes(node.children()));
            return map;
        }

        @Override
        public Map<String, Object> visitSpecifiedWeight(SpecifiedWeight node) {
            Map<String, Object> map = start(node);
            List<Object> children = new ArrayList<>();
            for (int i = 0; i < node.children().size(); i++) {
                Map<String, Object> child = node.children().get(i).accept(this);
                Weight weight = node.weights().get(i);
                Map<String, Object> numDen = new LinkedHashMap<>();
                numDen.put("num", weight.num());
                numDen.put("den", weight.den());
                child.put("weight", numDen);
                children.add(child);
            }
            map.put("children", children);
            return map;
        }

        @Override
        public Map<String, Object> visitInverseVolatilityWeight(InverseVolatilityWeight node) {
            Map<String, Object> map = start(node);
            map.put("window-days", node.window());
            map.put("children", nodes(node.children()));
            return map;
        }

        @Override
        public Map<String, Object> visitMarketCapWeight(MarketCapWeight node) {
            Map<String, Object> map = start(node);
            map.put("children", nodes(node.children()));
            return map;
        }

        @Override
        public Map<String, Object> visitIfElse(IfElse node) {
            Map<String, Object> map = start(node);
            List<Object> children = new ArrayList<>();
            for (Branch branch : node.allBranches()) {
                children.add(branch(branch));
            }
            map.put("children", children);
            return map;
        }

        private Map<String, Object> branch(Branch branch) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("step", "if-child");
            map.put("id", branch.id().value());
            map.put("is-else-condition?", branch.isElse());
            branch.when().ifPresent(condition -> {
                Optional<Condition.Comparison> mirror = firstComparison(condition);
                mirror.ifPresent(comparison -> flat(comparison, map));
                if (!(condition instanceof Condition.Comparison)) {
                    map.put("condition", block(condition));
                }
            });
            map.put("children", nodes(branch.children()));
            return map;
        }

        private static void flat(Condition.Comparison comparison, Map<String, Object> map) {
            IndicatorCall left = comparison.left();
            map.put("lhs-fn", left.kind().scoreName());
            if (left.kind().windowed()) {
                map.put("lhs-fn-params", Map.of("window", left.window()));
            }
            map.put("lhs-val", left.ticker().symbol());
            map.put("comparator", comparison.comparator().scoreName());
            Operand right = comparison.right();
            if (right instanceof Constant constant) {
                map.put("rhs-fixed-value?", true);
                map.put("rhs-val", constant.value());
            } else if (right instanceof IndicatorCall call) {
                map.put("rhs-fixed-value?", false);
                map.put("rhs-fn", call.kind().scoreName());
                if (call.kind().windowed()) {
                    map.put("rhs-fn-params", Map.of("window", call.window()));
                }
                map.put("rhs-val", call.ticker().symbol());
            }
        }

        private static Optional<Condition.Comparison> firstComparison(Condition condition) {
            if (condition instanceof Condition.Comparison comparison) {
                return Optional.of(comparison);
            }
            List<Condition> parts = condition instanceof Condition.AllOf all
                    ? all.conditions()
                    : ((Condition.AnyOf) condition).conditions();
            return parts.isEmpty() ? Optional.empty() : firstComparison(parts.get(0));
        }

        private static Map<String, Object> block(Condition condition) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (condition instanceof Condition.Comparison comparison) {
                map.put("condition-type", "binary");
                map.put("lhs", side(comparison.left()));
                map.put("comparator", comparison.comparator().scoreName());
                map.put(
                        "rhs",
                        comparison.right() instanceof Constant constant
                                ? Map.of("constant", constant.value())
                                : side((IndicatorCall) comparison.right()));
                return map;
            }
            boolean any = condition instanceof Condition.AnyOf;
            List<Condition> parts =
                    any ? ((Condition.AnyOf) condition).conditions() : ((Condition.AllOf) condition).conditions();
            map.put("condition-type", "compound");
            map.put("operator", any ? "any" : "all");
            List<Object> conditions = new ArrayList<>();
            parts.forEach(part -> conditions.add(block(part)));
            map.put("conditions", conditions);
            return map;
        }

        private static Map<String, Object> side(IndicatorCall call) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("fn", call.kind().scoreName());
            map.put("ticker", call.ticker().symbol());
            if (call.kind().windowed()) {
                map.put("params", Map.of("window", call.window()));
            }
            return map;
        }

        @Override
        public Map<String, Object> visitFilter(Filter node) {
            Map<String, Object> map = start(node);
            map.put("sort-by-fn", node.ranking().kind().scoreName());
            if (node.ranking().kind().windowed()) {
                map.put("sort-by-fn-params", Map.of("window", node.ranking().window()));
            }
            map.put("select-fn", node.ranking().selection().scoreName());
            map.put("select-n", node.ranking().count());
            map.put("children", nodes(node.children()));
            return map;
        }
    }

    /** The indent that means "no newlines, no padding". */
    private static final int COMPACT = Integer.MIN_VALUE / 2;

    private static void json(Object value, int indent, StringBuilder out) {
        boolean pretty = indent >= 0;
        String open = pretty ? "\n" : "";
        String separator = pretty ? ",\n" : ",";
        String colon = pretty ? ": " : ":";
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{').append(open);
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                pad(indent + 1, out);
                quote(String.valueOf(entry.getKey()), out);
                out.append(colon);
                json(entry.getValue(), indent + 1, out);
                out.append(++i < map.size() ? separator : open);
            }
            pad(indent, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[').append(open);
            for (int i = 0; i < list.size(); i++) {
                pad(indent + 1, out);
                json(list.get(i), indent + 1, out);
                out.append(i + 1 < list.size() ? separator : open);
            }
            pad(indent, out);
            out.append(']');
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Double number) {
            out.append(number(number));
        } else {
            out.append(value);
        }
    }

    /** Integral values without {@code .0}; others in Java's shortest round-tripping form. */
    static String number(double value) {
        if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
            return "-0.0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static void pad(int indent, StringBuilder out) {
        if (indent > 0) {
            out.append("  ".repeat(indent));
        }
    }

    /** Appends {@code text} as a JSON string literal, escaping quotes, backslashes and controls. */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
