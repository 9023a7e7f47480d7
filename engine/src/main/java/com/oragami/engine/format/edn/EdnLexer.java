package com.oragami.engine.format.edn;

import com.oragami.engine.format.Issues;
import com.oragami.engine.format.Value.Position;

/**
 * Splits EDN text into tokens, each with its line and column: delimiters, strings, numbers,
 * keywords and symbols ({@code nil}, {@code true}, {@code false} are symbols here). Commas are
 * whitespace and {@code ;} starts a comment. The one lexer behind the EDN-map and the defsymphony
 * readers. Reports bad input ({@code ##NaN}, an unterminated string, a tag) and returns an {@code
 * ERROR} token, after which reading stops.
 */
final class EdnLexer {

    enum Kind {
        OPEN_MAP,
        OPEN_VECTOR,
        OPEN_LIST,
        CLOSE_MAP,
        CLOSE_VECTOR,
        CLOSE_LIST,
        STRING,
        NUMBER,
        KEYWORD,
        SYMBOL,
        END,
        ERROR
    }

    record Token(Kind kind, String text, Position at) {}

    private final String text;
    private final Issues issues;
    private int offset;
    private int line = 1;
    private int column = 1;

    EdnLexer(String text, Issues issues) {
        this.text = text;
        this.issues = issues;
    }

    Token next() {
        skipSpaceAndComments();
        Position at = new Position(line, column);
        if (offset >= text.length()) {
            return new Token(Kind.END, "", at);
        }
        char c = text.charAt(offset);
        switch (c) {
            case '{':
                advance();
                return new Token(Kind.OPEN_MAP, "{", at);
            case '[':
                advance();
                return new Token(Kind.OPEN_VECTOR, "[", at);
            case '(':
                advance();
                return new Token(Kind.OPEN_LIST, "(", at);
            case '}':
                advance();
                return new Token(Kind.CLOSE_MAP, "}", at);
            case ']':
                advance();
                return new Token(Kind.CLOSE_VECTOR, "]", at);
            case ')':
                advance();
                return new Token(Kind.CLOSE_LIST, ")", at);
            case '"':
                return string(at);
            case ':':
                advance();
                String name = word();
                if (name.isEmpty()) {
                    return error("syntax-error", "a keyword needs a name after ':'", at);
                }
                return new Token(Kind.KEYWORD, name, at);
            case '#':
                if (text.startsWith("##", offset)) {
                    String special = text.substring(offset, Math.min(text.length(), offset + 6))
                            .split("[\\s,\\]})]")[0];
                    return error("non-finite-number", "numbers must be finite, got " + special, at);
                }
                return error("syntax-error", "EDN tags, sets and reader macros (#) are not supported here", at);
            default:
                break;
        }
        if (isDigit(c) || ((c == '-' || c == '+') && offset + 1 < text.length() && isDigit(text.charAt(offset + 1)))) {
            String number = word();
            String plain =
                    number.endsWith("M") || number.endsWith("N") ? number.substring(0, number.length() - 1) : number;
            if (!plain.matches("[+-]?\\d+(\\.\\d*)?([eE][+-]?\\d+)?")) {
                return error("syntax-error", "malformed number " + number, at);
            }
            return new Token(Kind.NUMBER, plain, at);
        }
        if (isSymbolChar(c)) {
            return new Token(Kind.SYMBOL, word(), at);
        }
        return error("syntax-error", "unexpected character '" + c + "'", at);
    }

    private Token string(Position at) {
        advance();
        StringBuilder value = new StringBuilder();
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c == '"') {
                advance();
                return new Token(Kind.STRING, value.toString(), at);
            }
            if (c == '\\') {
                advance();
                if (offset >= text.length()) {
                    break;
                }
                char e = text.charAt(offset);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'u' -> {
                        if (offset + 4 >= text.length()) {
                            return error("syntax-error", "incomplete \\u escape in a string", at);
                        }
                        try {
                            value.append((char) Integer.parseInt(text.substring(offset + 1, offset + 5), 16));
                        } catch (NumberFormatException ex) {
                            return error("syntax-error", "malformed \\u escape in a string", at);
                        }
                        for (int i = 0; i < 4; i++) {
                            advance();
                        }
                    }
                    default -> value.append(e);
                }
                advance();
                continue;
            }
            value.append(c);
            advance();
        }
        return error("truncated", "the text ends inside a string opened here (truncated file?)", at);
    }

    private String word() {
        int start = offset;
        while (offset < text.length() && isSymbolChar(text.charAt(offset))) {
            advance();
        }
        return text.substring(start, offset);
    }

    private void skipSpaceAndComments() {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c == ';') {
                while (offset < text.length() && text.charAt(offset) != '\n') {
                    advance();
                }
            } else if (Character.isWhitespace(c) || c == ',' || c == '\uFEFF') {
                advance();
            } else {
                return;
            }
        }
    }

    private void advance() {
        if (text.charAt(offset) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        offset++;
    }

    private Token error(String code, String message, Position at) {
        issues.error(code, message, at.line(), at.column());
        return new Token(Kind.ERROR, "", at);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSymbolChar(char c) {
        return Character.isLetterOrDigit(c) || "*+!-_'?<>=/.&%$".indexOf(c) >= 0;
    }
}
