package com.oragami.engine.trading;

/** Buy or sell, as Alpaca spells it in lower case. */
public enum Side {
    BUY,
    SELL;

    public String alpacaName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
