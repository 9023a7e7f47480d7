package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SymphonyIntegrationTest extends IntegrationTest {

    static final String TQQQ = Api.resource("tqqq-for-the-long-term-original.edn");
    static final String SIMONS = Api.resource("simons-kmlm-full-build-threshold.defsymphony.edn");
    /** A one-asset score: 1 root + 1 wt-cash-equal + 1 asset = 3 nodes. */
    static final String SPY_JSON = """
            {"id": "r", "step": "root", "name": "Just SPY", "description": "", "rebalance": "daily",
             "children": [{"id": "w", "step": "wt-cash-equal",
                           "children": [{"id": "a", "step": "asset", "ticker": "SPY"}]}]}
            """;

    private static final String GET = """
            query($id: ID!) {
              symphony(id: $id) {
                id name format nodeCount tickers rebalance source canonicalJson
                tree { id parentId step label depth }
              }
            }""";

    @Test
    void uploadsEdnAndReadsItBackWithItsTree() {
        Api.User user = api.register();

        String id = api.upload(user, TQQQ, null);
        JsonNode symphony = api.query(GET, Map.of("id", id), user).data("symphony");

        assertThat(symphony.path("name").asString()).startsWith("TQQQ For The Long Term Original");
        assertThat(symphony.path("format").asString()).isEqualTo("EDN");
        assertThat(symphony.path("source").asString()).isEqualTo(TQQQ);
        assertThat(symphony.path("canonicalJson").asString()).contains("\"step\"");
        assertThat(symphony.path("tickers").toString()).contains("TQQQ", "UVXY", "SPY");
        JsonNode tree = symphony.path("tree");
        assertThat(tree.path(0).path("id").asString()).isEqualTo("root");
        assertThat(tree.path(0).path("parentId").isNull()).isTrue();
        assertThat(tree.path(1).path("parentId").asString()).isEqualTo("root");
        // the tree view lists every node Composer counts: root, blocks and if-children
        assertThat(tree.size()).isEqualTo(symphony.path("nodeCount").asInt());
    }

    @Test
    void uploadsDefsymphonyText() {
        Api.User user = api.register();

        String id = api.upload(user, SIMONS, "Simons");
        JsonNode symphony = api.query(GET, Map.of("id", id), user).data("symphony");

        assertThat(symphony.path("format").asString()).isEqualTo("DEFSYMPHONY");
        assertThat(symphony.path("name").asString()).isEqualTo("Simons");
    }

    @Test
    void smallScoreHasThreeNodesAndALabelledAsset() {
        Api.User user = api.register();

        String id = api.upload(user, SPY_JSON, null);
        JsonNode symphony = api.query(GET, Map.of("id", id), user).data("symphony");

        assertThat(symphony.path("format").asString()).isEqualTo("JSON");
        assertThat(symphony.path("nodeCount").asInt()).isEqualTo(3);
        assertThat(symphony.path("tree").path(2).path("step").asString()).isEqualTo("asset");
        assertThat(symphony.path("tree").path(2).path("label").asString()).startsWith("SPY");
        assertThat(symphony.path("tree").path(2).path("depth").asInt()).isEqualTo(2);
    }

    @Test
    void brokenSourceComesBackAsLocatedProblems() {
        Api.User user = api.register();
        String broken = SPY_JSON.replace("\"ticker\": \"SPY\"}", "\"ticker\": \"SPY\"");

        JsonNode payload = api.query(Api.UPLOAD, Map.of("source", broken), user).data("uploadSymphony");

        assertThat(payload.path("symphony").isNull()).isTrue();
        JsonNode problem = payload.path("problems").path(0);
        assertThat(problem.path("severity").asString()).isEqualTo("ERROR");
        assertThat(problem.path("code").asString()).isNotBlank();
        assertThat(problem.path("line").asInt()).isGreaterThan(0);
    }

    @Test
    void checkerProblemsNameTheNode() {
        Api.User user = api.register();
        String empty = SPY_JSON.replace("{\"id\": \"a\", \"step\": \"asset\", \"ticker\": \"SPY\"}", "");

        JsonNode payload = api.query(Api.UPLOAD, Map.of("source", empty), user).data("uploadSymphony");

        JsonNode problem = payload.path("problems").path(0);
        assertThat(problem.path("code").asString()).isEqualTo("empty-block");
        assertThat(problem.path("nodePath").asString()).isEqualTo("root > wt-cash-equal[0]");
    }

    @Test
    void listsCountAndLimit() {
        Api.User user = api.register();
        api.upload(user, SPY_JSON, "one");
        api.upload(user, SPY_JSON, "two");

        JsonNode list = api.query("{ symphonies { count limit items { name } } }", Map.of(), user)
                .data("symphonies");

        assertThat(list.path("count").asInt()).isEqualTo(2);
        assertThat(list.path("limit").asInt()).isEqualTo(40);
        assertThat(list.path("items").path(0).path("name").asString()).isEqualTo("two");
    }

    @Test
    void fortyFirstSymphonyIsRefusedWithAClearProblem() {
        Api.User user = api.register();
        for (int i = 0; i < 40; i++) {
            api.upload(user, SPY_JSON, "s" + i);
        }

        JsonNode payload = api.query(Api.UPLOAD, Map.of("source", SPY_JSON, "name", "s40"), user)
                .data("uploadSymphony");

        assertThat(payload.path("symphony").isNull()).isTrue();
        assertThat(payload.path("problems").path(0).path("code").asString()).isEqualTo("symphony-limit-reached");
        assertThat(payload.path("problems").path(0).path("message").asString()).contains("40");
        assertThat(api.query("{ symphonies { count } }", Map.of(), user)
                        .data("symphonies")
                        .path("count")
                        .asInt())
                .isEqualTo(40);
    }

    @Test
    void renamesReplacesExportsAndDeletes() {
        Api.User user = api.register();
        String id = api.upload(user, SPY_JSON, null);

        JsonNode renamed = api.query(
                        "mutation($id: ID!) { renameSymphony(input: {id: $id, name: \"Renamed\"})"
                                + " { symphony { name } problems { code } } }",
                        Map.of("id", id),
                        user)
                .data("renameSymphony");
        JsonNode replaced = api.query(
                        "mutation($id: ID!, $s: String!) { replaceSymphonySource(input: {id: $id, source: $s})"
                                + " { symphony { id name format } problems { code } } }",
                        Map.of("id", id, "s", TQQQ),
                        user)
                .data("replaceSymphonySource");
        String exported = api.query("query($id: ID!) { exportSymphony(id: $id) }", Map.of("id", id), user)
                .data("exportSymphony")
                .asString();
        JsonNode deleted = api.query(
                        "mutation($id: ID!) { deleteSymphony(input: {id: $id}) { deletedId problems { code } } }",
                        Map.of("id", id),
                        user)
                .data("deleteSymphony");

        assertThat(renamed.path("symphony").path("name").asString()).isEqualTo("Renamed");
        assertThat(replaced.path("symphony").path("name").asString()).isEqualTo("Renamed");
        assertThat(replaced.path("symphony").path("format").asString()).isEqualTo("EDN");
        assertThat(exported).startsWith("{").contains("TQQQ");
        assertThat(deleted.path("deletedId").asString()).isEqualTo(id);
        assertThat(api.query(GET, Map.of("id", id), user).data("symphony").isNull())
                .isTrue();
    }

    @Test
    void oversizedSourceIsAProblem() {
        Api.User user = api.register();
        String big = SPY_JSON + " ".repeat(200_001);

        JsonNode payload = api.query(Api.UPLOAD, Map.of("source", big), user).data("uploadSymphony");

        assertThat(payload.path("problems").path(0).path("code").asString()).isEqualTo("source-too-large");
    }

    @Test
    void oversizedRequestBodyIsRefusedBeforeParsing() {
        Api.User user = api.register();
        String huge = "x".repeat(400_000);

        Api.Response response = api.query(Api.UPLOAD, Map.of("source", huge), user);

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void malformedGraphQlIsASyntaxErrorWithoutInternals() {
        Api.User user = api.register();

        Api.Response response = api.query("{ symphonies { count ", Map.of(), user);

        assertThat(response.firstError()
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("InvalidSyntax");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at graphql.");
    }

    @Test
    void invalidJsonBodyIsABadRequest() {
        Api.User user = api.register();

        Api.Response response = api.post("{not json", user.accessToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void deepQueryIsRefused() {
        Api.User user = api.register();
        // __schema, types, fields, type, 10 × ofType, name: 15 levels against a limit of 12
        String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(10) + "name" + " }".repeat(10)
                + " } } } } }";

        Api.Response response = api.query(deep, Map.of(), user);

        assertThat(response.json().path("data").path("__schema").isMissingNode()
                        || response.json().path("data").isNull())
                .isTrue();
        assertThat(response.firstError().path("message").asString()).containsIgnoringCase("depth");
    }

    @Test
    void strangerCannotReadChangeOrDeleteAnotherUsersSymphony() {
        Api.User owner = api.register();
        Api.User stranger = api.register();
        String id = api.upload(owner, SPY_JSON, "mine");

        JsonNode read = api.query(GET, Map.of("id", id), stranger).data("symphony");
        String export = api.query("query($id: ID!) { exportSymphony(id: $id) }", Map.of("id", id), stranger)
                .data("exportSymphony")
                .asString(null);
        JsonNode list =
                api.query("{ symphonies { count } }", Map.of(), stranger).data("symphonies");
        List<String> codes = new ArrayList<>();
        for (String mutation : List.of(
                "mutation($id: ID!) { renameSymphony(input: {id: $id, name: \"x\"}) { problems { code } } }",
                "mutation($id: ID!) { replaceSymphonySource(input: {id: $id, source: \"x\"}) { problems { code } } }",
                "mutation($id: ID!) { deleteSymphony(input: {id: $id}) { problems { code } } }")) {
            JsonNode data =
                    api.query(mutation, Map.of("id", id), stranger).json().path("data");
            codes.add(data.properties()
                    .iterator()
                    .next()
                    .getValue()
                    .path("problems")
                    .path(0)
                    .path("code")
                    .asString());
        }
        String missing = "00000000-0000-0000-0000-000000000000";
        JsonNode renameMissing = api.query(
                        "mutation($id: ID!) { renameSymphony(input: {id: $id, name: \"x\"}) { problems { code message } } }",
                        Map.of("id", missing),
                        stranger)
                .data("renameSymphony");

        assertThat(read.isNull()).isTrue();
        assertThat(export).isNull();
        assertThat(list.path("count").asInt()).isZero();
        // the same answer as for an id that exists nowhere: nothing says the symphony exists
        assertThat(codes).containsOnly("symphony-not-found");
        assertThat(renameMissing.path("problems").path(0).path("code").asString())
                .isEqualTo("symphony-not-found");
        JsonNode stillThere = api.query(GET, Map.of("id", id), owner).data("symphony");
        assertThat(stillThere.path("name").asString()).isEqualTo("mine");
        assertThat(stillThere.path("format").asString()).isEqualTo("JSON");
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
