package com.oragami.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Oragami server: accounts, a library of symphonies per user and backtests, over GraphQL. */
@SpringBootApplication
public class OragamiApplication {

    public static void main(String[] args) {
        SpringApplication.run(OragamiApplication.class, args);
    }
}
