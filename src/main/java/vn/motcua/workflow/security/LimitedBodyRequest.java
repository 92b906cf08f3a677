package vn.motcua.workflow.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body stops, with {@link TooLarge}, at the first byte past the limit; {@code
 * onExceeded} runs once then.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

  /** Thrown to whoever reads past the limit. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("request body over the limit");
    }
  }

  interface Refusal {
    void run() throws IOException;
  }

  private final long limit;
  private final Refusal onExceeded;
  private Counting stream;

  LimitedBodyRequest(HttpServletRequest request, long limit, Refusal onExceeded) {
    super(request);
    this.limit = limit;
    this.onExceeded = onExceeded;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new Counting(super.getInputStream());
    }
    return stream;
  }

  /**
   * Whether a body was sent and not read to its end (nothing behind wanted it, or not all of it).
   */
  boolean bodyLeftUnread() {
    boolean sent = getContentLengthLong() > 0 || getHeader("Transfer-Encoding") != null;
    return sent && (stream == null || !stream.ended);
  }

  @Override
  public BufferedReader getReader() throws IOException {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  private final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private long count;
    private boolean exceeded;
    private boolean ended;

    Counting(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      } else {
        ended = true;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      } else if (n < 0) {
        ended = true;
      }
      return n;
    }

    private void counted(int n) throws IOException {
      count += n;
      if (count > limit) {
        if (!exceeded) {
          exceeded = true;
          onExceeded.run();
        }
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
