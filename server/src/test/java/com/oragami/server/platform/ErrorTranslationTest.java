package com.oragami.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Top-level errors: not signed in is UNAUTHORIZED; a fault is INTERNAL with a reference and no details. */
class ErrorTranslationTest {

    private static final String FAULT_DETAIL = "connection to db-7.internal:5432 refused";

    private static DataFetchingEnvironment env() {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(
                        MergedField.newMergedField(Field.newField("symphonies").build())
                                .build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
                        .type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("symphonies"))
                        .build())
                .build();
    }

    @Test
    void notSignedInInAQueryIsUnauthorizedWithItsMessage() {
        GraphQLError error = new GraphQlErrors().resolveToSingleError(new NotSignedIn(), env());

        assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
        assertThat(error.getMessage()).startsWith("sign in first");
        assertThat(error.getPath()).isEqualTo(List.of("symphonies"));
    }

    @Test
    void aFaultInAQueryIsInternalWithAReferenceAndNoDetail() {
        GraphQLError error = new GraphQlErrors().resolveToSingleError(new IllegalStateException(FAULT_DETAIL), env());

        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        String reference = (String) error.getExtensions().get("reference");
        assertThat(reference).matches("[0-9a-f-]{36}");
        assertThat(error.getMessage()).isEqualTo("internal error; reference " + reference);
        assertThat(error.getMessage()).doesNotContain("db-7");
    }

    @Test
    void notSignedInOnASubscriptionIsUnauthorized() {
        GraphQLError error = new SubscriptionErrors().resolveToSingleError(new NotSignedIn());

        assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
        assertThat(error.getMessage()).startsWith("sign in first");
    }

    @Test
    void aFaultOnASubscriptionIsInternalWithADistinctReferenceEachTime() {
        GraphQLError first = new SubscriptionErrors().resolveToSingleError(new RuntimeException(FAULT_DETAIL));
        GraphQLError second = new SubscriptionErrors().resolveToSingleError(new RuntimeException(FAULT_DETAIL));

        assertThat(first.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(first.getMessage())
                .isEqualTo("internal error; reference " + first.getExtensions().get("reference"));
        assertThat(first.getMessage()).doesNotContain("db-7");
        assertThat(first.getExtensions().get("reference"))
                .isNotEqualTo(second.getExtensions().get("reference"));
    }
}
