package cn.gov.agency.meeting.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignInQrCodesTest {

  private final SignInQrCodes codes = new SignInQrCodes("https://meetings.example.gov.cn/", new SignInSettings(30, 0, 300));

  @Test
  void everyCodeReadsBackAsItsOwnAddress() throws Exception {
    SecureRandom random = new SecureRandom();
    List<String> unreadable = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      if (!codes.url(code).equals(read(codes.png(code)))) {
        unreadable.add(code);
      }
    }
    assertThat(unreadable).isEmpty();
  }

  @Test
  void theImageKeepsTheStandardQuietZone() throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(codes.png("abc")));
    assertThat(image.getWidth()).isEqualTo(300);
    // Four white modules around the symbol: the top-left corner region is white, not the finder pattern.
    assertThat(image.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  /**
   * Reads the served image as an image of a QR code (PURE_BARCODE). ZXing's camera detector misses
   * about one clean symbol in a hundred (a false finder pattern in the data); that is a limit of the
   * test reader, not of the symbol, and made the sign-in IT fail at random.
   */
  static String read(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    try {
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
          Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    } catch (ReaderException e) {
      return null;
    }
  }
}
