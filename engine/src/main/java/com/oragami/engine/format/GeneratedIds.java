package com.oragami.engine.format;

import com.oragami.engine.symphony.NodeId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids for nodes whose text has none (every {@code defsymphony} node, a score node without
 * {@code id}): a name-based UUID of the symphony name and the node path, so reading the same text
 * twice gives the same ids.
 */
public final class GeneratedIds {

    private GeneratedIds() {}

    public static NodeId of(String symphonyName, String nodePath) {
        byte[] seed = (symphonyName + "\u0000" + nodePath).getBytes(StandardCharsets.UTF_8);
        return NodeId.of(UUID.nameUUIDFromBytes(seed).toString());
    }
}
