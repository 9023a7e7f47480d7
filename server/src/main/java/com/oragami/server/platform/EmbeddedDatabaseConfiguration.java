package com.oragami.server.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: a real PostgreSQL 17 (zonky's embedded binaries) started inside the
 * application when {@code spring.datasource.url} ({@code DATABASE_URL}) is blank. Its data
 * directory ({@code EMBEDDED_DATABASE_DIR}, default {@code data/postgres}) is kept between runs; a
 * blank directory means a throw-away one (tests). Boot's own DataSource backs off because this one
 * exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.WhenNoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(OragamiProperties properties) throws IOException {
        String dir = properties.database().embeddedDir();
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setPort(properties.database().embeddedPort());
        if (!dir.isBlank()) {
            Path data = Path.of(dir).toAbsolutePath();
            Files.createDirectories(data);
            builder.setDataDirectory(data).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "embedded PostgreSQL on port {} with data in {}",
                postgres.getPort(),
                dir.isBlank() ? "a temporary directory" : Path.of(dir).toAbsolutePath());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(16);
        pool.setPoolName("embedded");
        return pool;
    }

    static final class WhenNoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            return url.isBlank();
        }
    }
}
