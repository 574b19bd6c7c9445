package cn.gov.agency.meeting.signin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The sign-in address of a code, and its QR code as a PNG image (ZXing). */
@Component
class SignInQrCodes {

  private final String baseUrl;
  private final int size;

  SignInQrCodes(@Value("${meeting.public-base-url}") String baseUrl, SignInSettings settings) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.size = settings.qrSize();
  }

  String url(String code) {
    return baseUrl + "/app/sign-in/" + code;
  }

  byte[] png(String code) {
    try {
      // Level M survives a scratched phone screen or a smudged printout without a huge symbol; the
      // standard four-module quiet zone is what readers need to find the symbol (with two, some codes
      // could not be read back).
      var matrix = new QRCodeWriter().encode(url(code), BarcodeFormat.QR_CODE, size, size,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("QR code could not be encoded", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
