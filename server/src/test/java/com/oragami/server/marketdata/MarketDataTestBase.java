package com.oragami.server.marketdata;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same context as the server's {@code IntegrationTest} (same annotations, so Spring's test
 * context cache shares it and its one embedded PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class MarketDataTestBase {}
