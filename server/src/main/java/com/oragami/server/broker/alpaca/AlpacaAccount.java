package com.oragami.server.broker.alpaca;

import com.oragami.engine.trading.Money;

/** The parts of Alpaca's account object we use: ids, status ({@code ACTIVE} …) and cash. */
public record AlpacaAccount(String id, String accountNumber, String status, Money cash) {}
