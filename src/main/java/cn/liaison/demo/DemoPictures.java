package cn.liaison.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * The photos citizens attach to the demo's opinions: simple drawn scenes (a road with a pothole, a
 * lamp post, a river bank, a wall) in the colours of a phone snapshot, written where the media
 * storage keeps files, so that the console's opinion pages show pictures. Drawn from a fixed seed,
 * the same every time; nothing of a real place or person.
 */
final class DemoPictures {

    /** Two for each of eighty opinions (DemoActivity#photos). */
    static final int COUNT = 160;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private DemoPictures() {
    }

    /** Writes the pictures under {@code directory} as DiskMediaStorage lays files out; answers their keys and sizes in order. */
    static List<Drawn> draw(Path directory) {
        Random random = new Random(20261208L);
        List<Drawn> drawn = new ArrayList<>();
        for (int n = 0; n < COUNT; n++) {
            String key = "demo%028d".formatted(n);
            byte[] jpeg = jpeg(scene(n % 4, random));
            Path file = directory.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, jpeg);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write a demo photo to " + file, e);
            }
            drawn.add(new Drawn(key, jpeg.length));
        }
        return drawn;
    }

    record Drawn(String key, int sizeBytes) {
    }

    private static BufferedImage scene(int kind, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int horizon = 170 + random.nextInt(60);
        g.setPaint(new GradientPaint(0, 0, new Color(150 + random.nextInt(40), 190, 230), 0, horizon, new Color(215, 225, 235)));
        g.fillRect(0, 0, WIDTH, horizon);
        g.setPaint(new GradientPaint(0, horizon, new Color(110, 140, 90), 0, HEIGHT, new Color(80, 105, 70)));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        switch (kind) {
            case 0 -> { // a village road with a pothole
                g.setColor(new Color(120, 118, 112));
                g.fillPolygon(new int[] { 280, 360, 560, 80 }, new int[] { horizon, horizon, HEIGHT, HEIGHT }, 4);
                g.setColor(new Color(70, 66, 60));
                g.fillOval(230 + random.nextInt(120), 330 + random.nextInt(60), 120, 45);
            }
            case 1 -> { // a lamp post that is out
                g.setColor(new Color(60, 60, 65));
                int x = 200 + random.nextInt(240);
                g.fillRect(x, horizon - 120, 10, 300);
                g.fillRect(x - 40, horizon - 120, 50, 8);
                g.setColor(new Color(90, 90, 95));
                g.fillOval(x - 52, horizon - 118, 26, 16);
            }
            case 2 -> { // a river bank with rubbish in the water
                g.setColor(new Color(70, 95, 110));
                g.fillRect(0, horizon + 60, WIDTH, 130);
                for (int i = 0; i < 12; i++) {
                    g.setColor(new Color(200 + random.nextInt(55), 200 + random.nextInt(55), 180));
                    g.fillRect(random.nextInt(WIDTH), horizon + 70 + random.nextInt(110), 14, 8);
                }
            }
            default -> { // a cracked wall
                g.setColor(new Color(205, 195, 175));
                g.fillRect(60, 60, WIDTH - 120, HEIGHT - 120);
                g.setColor(new Color(90, 80, 70));
                int x = 150 + random.nextInt(300);
                int y = 70;
                while (y < HEIGHT - 70) {
                    int nx = x + random.nextInt(40) - 20;
                    int ny = y + 20 + random.nextInt(20);
                    g.drawLine(x, y, nx, ny);
                    x = nx;
                    y = ny;
                }
            }
        }
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
