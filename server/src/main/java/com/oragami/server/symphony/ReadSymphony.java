package com.oragami.server.symphony;

import com.oragami.engine.symphony.Symphony;

/** An uploaded text that read and checked without errors: the tree, its format and canonical JSON. */
record ReadSymphony(Symphony symphony, String format, String canonicalJson) {}
