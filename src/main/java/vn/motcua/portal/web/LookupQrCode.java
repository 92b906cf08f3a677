package vn.motcua.portal.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierCodeGenerator;
import vn.motcua.shared.PublicUrls;

/**
 * The QR code printed beside a dossier's code (on the receipt, on the look-up page): a PNG of the
 * absolute address of the dossier's look-up page, from the configured public base URL. It answers
 * for any well-formed code without asking whether the dossier exists, so it tells a code-guesser
 * nothing and needs no rate limit; the page it opens is the rate-limited one.
 */
@RestController
class LookupQrCode {

  /**
   * Pixels a side: five or more a module for a look-up address (version 4 or 5 with its quiet
   * zone), clear on paper and on a screen.
   */
  static final int SIZE = 264;

  /** The same image for a code as long as the public address stays; a day in caches is harmless. */
  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

  private final DossierCodeGenerator codes;
  private final PublicUrls urls;
  private final MessageSource messages;

  LookupQrCode(DossierCodeGenerator codes, PublicUrls urls, MessageSource messages) {
    this.codes = codes;
    this.urls = urls;
    this.messages = messages;
  }

  @GetMapping(value = "/tra-cuu/qr")
  ResponseEntity<byte[]> qr(
      @RequestParam(name = QueryParameters.CODE, required = false) String code) {
    String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!codes.isWellFormed(key)) {
      return ResponseEntity.badRequest()
          .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
          .body(
              messages
                  .getMessage("portal.lookup.qr.badCode", null, LocaleContextHolder.getLocale())
                  .getBytes(StandardCharsets.UTF_8));
    }
    String address = urls.lookupPage(key);
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CACHE)
        .body(png(address));
  }

  static byte[] png(String text) {
    try {
      // level M: a receipt's QR survives a fold or a smudge; the quiet zone of 4 modules is the
      // standard's.
      // No character-set hint: the address is ASCII, and an ECI header only confuses older
      // scanners.
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  SIZE,
                  SIZE,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", out);
      return out.toByteArray();
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("no QR code for " + text, e);
    }
  }
}
