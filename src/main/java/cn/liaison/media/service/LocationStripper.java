package cn.liaison.media.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import cn.liaison.media.ImageType;

/**
 * Removes the metadata blocks that can carry where a photo was taken or who took it: EXIF (with its
 * GPS tags, maker notes and serial numbers), XMP and IPTC. The picture data is copied untouched, so
 * nothing is re-encoded or lost. A JPEG then gets back one tag alone, its Orientation: a phone keeps
 * a portrait photo's pixels sideways and says so there, and without it the photo shows sideways.
 * The tag is read and written with Apache Commons Imaging, losslessly. A file whose structure does
 * not add up is refused rather than passed on half-cleaned.
 */
public final class LocationStripper {

    private static final int JPEG_SOS = 0xDA;
    private static final int JPEG_EOI = 0xD9;
    /** APP1 holds EXIF and XMP, APP13 holds Photoshop/IPTC records. */
    private static final Set<Integer> JPEG_METADATA = Set.of(0xE1, 0xED);
    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt");
    private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");
    private static final int WEBP_EXIF_AND_XMP_FLAGS = 0x0C;

    private LocationStripper() {
    }

    public static byte[] strip(ImageType type, byte[] image) {
        try {
            return switch (type) {
                case JPEG -> withOrientation(orientation(image), jpeg(image));
                case PNG -> png(image);
                case WEBP -> webp(image);
            };
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new MalformedImageException();
        }
    }

    /** The EXIF Orientation of a JPEG (1 to 8), or 0 when it has none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try {
            if (Imaging.getMetadata(jpeg) instanceof JpegImageMetadata metadata) {
                TiffField field = metadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
                int value = field == null ? 0 : field.getIntValue();
                return value >= 1 && value <= 8 ? value : 0;
            }
            return 0;
        } catch (IOException | RuntimeException unreadable) {
            return 0; // the picture is still shown; upright or not, it carries no location
        }
    }

    /** A stripped JPEG with an EXIF block of its Orientation alone (none for the upright default, 1). */
    private static byte[] withOrientation(int orientation, byte[] stripped) {
        if (orientation <= 1) {
            return stripped;
        }
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stripped.length + 64);
            new ExifRewriter().updateExifMetadataLossless(stripped, out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("Orientation could not be written back", e);
        }
    }

    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int at = 2;
        while (at < in.length) {
            if ((in[at] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("not a JPEG marker");
            }
            int marker = in[at + 1] & 0xFF;
            if (marker == JPEG_SOS || marker == JPEG_EOI) {
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            if (marker == 0xFF || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                out.write(in, at, 2);
                at += 2;
                continue;
            }
            int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > in.length) {
                throw new IllegalArgumentException("segment overruns the file");
            }
            if (!JPEG_METADATA.contains(marker)) {
                out.write(in, at, 2 + length);
            }
            at += 2 + length;
        }
        throw new IllegalArgumentException("no image data");
    }

    private static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int at = 8;
        while (at < in.length) {
            int length = ByteBuffer.wrap(in, at, 4).getInt();
            if (length < 0 || at + 12 + length > in.length) {
                throw new IllegalArgumentException("chunk overruns the file");
            }
            String chunk = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
            if (!PNG_METADATA.contains(chunk)) {
                out.write(in, at, 12 + length);
            }
            at += 12 + length;
            if ("IEND".equals(chunk)) {
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("no IEND chunk");
    }

    private static byte[] webp(byte[] in) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        body.write(in, 8, 4); // "WEBP"
        int end = Math.min(in.length, 8 + ByteBuffer.wrap(in, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        int at = 12;
        while (at + 8 <= end) {
            String chunk = new String(in, at, 4, StandardCharsets.US_ASCII);
            int size = ByteBuffer.wrap(in, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int padded = size + (size & 1);
            if (size < 0 || at + 8 + padded > end + (size & 1)) {
                throw new IllegalArgumentException("chunk overruns the file");
            }
            if (!WEBP_METADATA.contains(chunk)) {
                int start = body.size();
                body.write(in, at, Math.min(8 + padded, in.length - at));
                if ("VP8X".equals(chunk)) {
                    byte[] written = body.toByteArray();
                    written[start + 8] &= (byte) ~WEBP_EXIF_AND_XMP_FLAGS;
                    body.reset();
                    body.write(written, 0, written.length);
                }
            }
            at += 8 + padded;
        }
        byte[] payload = body.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(8 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return out.array();
    }

    /** The file claims to be an image but its structure is broken. */
    public static class MalformedImageException extends RuntimeException {
        public MalformedImageException() {
            super("malformed image", null, false, false);
        }
    }
}
