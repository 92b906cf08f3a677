package vn.motcua.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The benchmark's SMTP server, in a process of its own as the province's mail server would be, so
 * that the CPU it spends receiving is not counted as the application's. Runs until its standard
 * input closes (the benchmark ended or died).
 */
public final class MailServer {

  private MailServer() {}

  public static void main(String[] args) throws Exception {
    GreenMail server =
        new GreenMail(
            new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    System.out.println("ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the end of input
    }
    server.stop();
  }
}
