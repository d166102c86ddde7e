package org.newsstream.web;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Turns a plain GET into a Server-Sent Events response. It does what Javalin's {@code app.sse}
 * does once it has decided to stream, without its gate: Javalin 6 streams only when Accept is
 * exactly {@code text/event-stream} and otherwise answers an empty 200 (javalin/javalin#2420),
 * which leaves curl's {@code *}{@code /*} and any weighted Accept with nothing. The caller
 * negotiates and checks its parameters first, so a refusal is an ordinary JSON answer.
 */
final class EventStream {
  private EventStream() {}

  static void open(Context ctx, Consumer<SseClient> client) throws IOException {
    HttpServletResponse response = ctx.res();
    response.setStatus(200);
    response.setCharacterEncoding("UTF-8");
    response.setContentType("text/event-stream");
    response.addHeader("Connection", "close");
    response.addHeader("Cache-Control", "no-cache");
    // Proxies such as nginx would otherwise hold events back to fill a buffer.
    response.addHeader("X-Accel-Buffering", "no");
    response.flushBuffer();
    ctx.async(config -> config.timeout = 0, () -> client.accept(new SseClient(ctx)));
  }
}
