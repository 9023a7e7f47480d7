package com.oragami.server.account;

import com.oragami.engine.Problem;
import java.util.List;

record LogoutPayload(boolean loggedOut, List<Problem> problems) {}
