package cn.liaison.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.liaison.media.service.LocationStripper;
import cn.liaison.support.Images;

/** A phone's photo keeps the way up it was taken, and loses where and with what. */
class OrientationTests {

    /** A JPEG as a phone writes it: its orientation, where it was taken, and the camera's serial number. */
    private static byte[] fromAPhone(int orientation) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-0042");
        exif.setGpsInDegrees(120.15, 30.27);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(Images.plain("jpg"), out, exif);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void theOrientationStaysAndTheLocationAndSerialGo(int orientation) throws Exception {
        byte[] original = fromAPhone(orientation);
        assertNotNull(((JpegImageMetadata) Imaging.getMetadata(original)).getExif().getGpsInfo(), "the test photo has a location");

        byte[] stripped = LocationStripper.strip(ImageType.JPEG, original);

        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(stripped);
        if (orientation == 1) {
            assertNull(metadata, "upright is the default: no EXIF at all");
        } else {
            assertEquals(orientation, metadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue());
            assertNull(metadata.getExif().getGpsInfo());
            assertNull(metadata.findExifValueWithExactMatch(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER));
        }
        assertNotNull(ImageIO.read(new ByteArrayInputStream(stripped)), "still a picture");
    }
}
