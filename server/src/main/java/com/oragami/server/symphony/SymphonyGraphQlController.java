package com.oragami.server.symphony;

import com.oragami.engine.Problem;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.server.platform.CurrentUser;
import com.oragami.server.platform.UserId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

@Controller
class SymphonyGraphQlController {

    record SymphonyList(int count, int limit, List<StoredSymphony> items) {}

    record DeleteSymphonyPayload(@Nullable String deletedId, List<Problem> problems) {}

    private final SymphonyLibrary library;

    SymphonyGraphQlController(SymphonyLibrary library) {
        this.library = library;
    }

    @QueryMapping
    SymphonyList symphonies(@AuthenticationPrincipal @Nullable Jwt token) {
        List<StoredSymphony> items = library.list(CurrentUser.of(token));
        return new SymphonyList(items.size(), SymphonyLibrary.LIMIT, items);
    }

    @QueryMapping
    @Nullable
    StoredSymphony symphony(@AuthenticationPrincipal @Nullable Jwt token, @Argument String id) {
        UserId owner = CurrentUser.of(token);
        return SymphonyId.parse(id).flatMap(s -> library.find(owner, s)).orElse(null);
    }

    @QueryMapping
    @Nullable
    String exportSymphony(@AuthenticationPrincipal @Nullable Jwt token, @Argument String id) {
        StoredSymphony found = symphony(token, id);
        return found == null ? null : found.canonicalJson();
    }

    @MutationMapping
    UploadSymphonyPayload uploadSymphony(@AuthenticationPrincipal @Nullable Jwt token, @Argument Inputs.Upload input) {
        return library.upload(CurrentUser.of(token), input.name(), input.source());
    }

    @MutationMapping
    SymphonyPayload renameSymphony(@AuthenticationPrincipal @Nullable Jwt token, @Argument Inputs.Rename input) {
        UserId owner = CurrentUser.of(token);
        return SymphonyId.parse(input.id())
                .map(id -> library.rename(owner, id, input.name()))
                .orElseGet(() -> new SymphonyPayload(null, List.of(SymphonyLibrary.notFound(input.id()))));
    }

    @MutationMapping
    UploadSymphonyPayload replaceSymphonySource(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument Inputs.Replace input) {
        UserId owner = CurrentUser.of(token);
        return SymphonyId.parse(input.id())
                .map(id -> library.replace(owner, id, input.source()))
                .orElseGet(() -> new UploadSymphonyPayload(null, List.of(SymphonyLibrary.notFound(input.id()))));
    }

    @MutationMapping
    DeleteSymphonyPayload deleteSymphony(@AuthenticationPrincipal @Nullable Jwt token, @Argument Inputs.Delete input) {
        UserId owner = CurrentUser.of(token);
        Optional<SymphonyId> id = SymphonyId.parse(input.id());
        if (id.isPresent() && library.delete(owner, id.get())) {
            return new DeleteSymphonyPayload(input.id(), List.of());
        }
        return new DeleteSymphonyPayload(null, List.of(SymphonyLibrary.notFound(input.id())));
    }

    @SchemaMapping(typeName = "Symphony")
    List<TreeNode> tree(StoredSymphony symphony) {
        return SymphonyReader.read(symphony.name(), symphony.canonicalJson())
                .value()
                .map(d -> TreeView.of(d.symphony()))
                .orElse(List.of());
    }
}
