package cn.liaison.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Test images carrying the location metadata a phone camera writes. */
public final class Images {

    /** Text that sits inside the location metadata, so a test can see it is gone. */
    public static final String WHERE = "GPS-30.2741N-120.1551E";

    private Images() {
    }

    public static byte[] plain(String format) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment whose GPS IFD holds latitude 30°16'27" N. */
    public static byte[] jpegWithGps() {
        byte[] jpeg = plain("jpg");
        ByteBuffer tiff = ByteBuffer.allocate(80).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0); // IFD0 -> GPS IFD
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 }); // GPSLatitudeRef
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56).putInt(0); // GPSLatitude -> rationals
        tiff.putInt(30).putInt(1).putInt(16).putInt(1).putInt(27).putInt(1);
        byte[] where = WHERE.getBytes(StandardCharsets.US_ASCII);
        byte[] payload = ByteBuffer.allocate(6 + tiff.position() + where.length)
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array(), 0, tiff.position()).put(where).array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A PNG with an eXIf chunk and a text chunk that both give the place. */
    public static byte[] pngWithLocation() {
        byte[] png = plain("png");
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        writeChunk(out, "eXIf", ("MM\0*" + WHERE).getBytes(StandardCharsets.US_ASCII));
        writeChunk(out, "tEXt", ("Location\0" + WHERE).getBytes(StandardCharsets.US_ASCII));
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    /** A WebP container with VP8X flags announcing EXIF and XMP, and those chunks. */
    public static byte[] webpWithLocation() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        riffChunk(body, "VP8X", new byte[] { 0x0C, 0, 0, 0, 15, 0, 0, 15, 0, 0 });
        riffChunk(body, "VP8L", new byte[] { 0x2F, 0x0F, (byte) 0xC0, 0x03, 0, 0x07, 0x10, 0x11 });
        riffChunk(body, "EXIF", ("MM\0*" + WHERE).getBytes(StandardCharsets.US_ASCII));
        riffChunk(body, "XMP ", ("<x:xmpmeta>" + WHERE + "</x:xmpmeta>").getBytes(StandardCharsets.US_ASCII));
        byte[] payload = body.toByteArray();
        return ByteBuffer.allocate(8 + payload.length).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload).array();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }
}
