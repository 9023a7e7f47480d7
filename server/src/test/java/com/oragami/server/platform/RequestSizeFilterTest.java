package com.oragami.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Bodies over the limit are refused, whether their length is announced or only found by reading. */
class RequestSizeFilterTest {

    private static final int LIMIT = 10;

    private static RequestSizeFilter filter() {
        return new RequestSizeFilter(
                new OragamiProperties(null, null, null, new OragamiProperties.Limits(LIMIT, 100, 10, 100), null));
    }

    /** A chunked request: the body is there but no Content-Length announces it. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static ServletInputStream passThrough(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter().doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
        return ((HttpServletRequest) chain.getRequest()).getInputStream();
    }

    @Test
    void anAnnouncedOversizedBodyIsRefusedWith413BeforeTheChain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setContent("x".repeat(LIMIT + 1).getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyOverTheLimitFailsWhileBeingRead() throws Exception {
        ServletInputStream in = passThrough(chunked("x".repeat(LIMIT + 5)));

        byte[] buffer = new byte[LIMIT];
        assertThat(in.read(buffer, 0, LIMIT)).isEqualTo(LIMIT);
        // the eleventh byte crosses the 10-byte limit
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("request body exceeds 10 bytes");
    }

    @Test
    void aChunkedBodyWithinTheLimitReadsByteByByteToTheEnd() throws Exception {
        ServletInputStream in = passThrough(chunked("{\"q\":1}"));

        StringBuilder read = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            read.append((char) b);
        }

        assertThat(read).hasToString("{\"q\":1}");
        assertThat(in.isFinished()).isTrue();
        assertThat(in.isReady()).isTrue();
    }
}
