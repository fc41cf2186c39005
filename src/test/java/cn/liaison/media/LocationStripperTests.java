package cn.liaison.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cn.liaison.media.service.LocationStripper;
import cn.liaison.support.Images;

class LocationStripperTests {

    @Test
    void aJpegWithoutMetadataComesOutAsItWent() {
        byte[] plain = Images.plain("jpg");
        byte[] out = LocationStripper.strip(ImageType.JPEG, plain);
        assertNotNull(out);
    }

    @Test
    void strippedImagesStillDecode() throws Exception {
        assertNotNull(ImageIO.read(new ByteArrayInputStream(LocationStripper.strip(ImageType.JPEG, Images.jpegWithGps()))));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(LocationStripper.strip(ImageType.PNG, Images.pngWithLocation()))));
    }

    @Test
    void aPngWithoutMetadataIsUnchanged() {
        byte[] plain = Images.plain("png");
        assertArrayEquals(plain, LocationStripper.strip(ImageType.PNG, plain));
    }

    @Test
    void aTruncatedImageIsRefused() {
        byte[] jpeg = Images.jpegWithGps();
        assertThrows(LocationStripper.MalformedImageException.class,
                () -> LocationStripper.strip(ImageType.JPEG, Arrays.copyOf(jpeg, 30)));
    }
}
