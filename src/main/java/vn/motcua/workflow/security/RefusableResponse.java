package vn.motcua.workflow.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * A response that, once sealed, ignores whatever the application behind still writes: the refusal
 * written around it (413) is the answer, and an error the reader of the refused body reports
 * afterwards must not be appended to it.
 */
final class RefusableResponse extends HttpServletResponseWrapper {

  private volatile boolean sealed;

  RefusableResponse(HttpServletResponse response) {
    super(response);
  }

  void seal() {
    sealed = true;
  }

  boolean isSealed() {
    return sealed;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    return sealed ? Discarding.STREAM : super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    return sealed ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
  }

  @Override
  public void setStatus(int status) {
    if (!sealed) {
      super.setStatus(status);
    }
  }

  @Override
  public void sendError(int status) throws IOException {
    if (!sealed) {
      super.sendError(status);
    }
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    if (!sealed) {
      super.sendError(status, message);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!sealed) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!sealed) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setContentType(String type) {
    if (!sealed) {
      super.setContentType(type);
    }
  }

  @Override
  public void reset() {
    if (!sealed) {
      super.reset();
    }
  }

  @Override
  public void resetBuffer() {
    if (!sealed) {
      super.resetBuffer();
    }
  }

  private static final class Discarding extends ServletOutputStream {
    static final Discarding STREAM = new Discarding();

    @Override
    public void write(int b) {
      // discarded: the refusal is the answer
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // nothing is ever pending
    }
  }
}
