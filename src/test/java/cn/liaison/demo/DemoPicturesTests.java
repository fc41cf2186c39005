package cn.liaison.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's photos are JPEGs where the media storage looks for them, the same on every machine. */
class DemoPicturesTests {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void theyAreJpegsWhereTheStorageLooksAndTheSameEveryTime() throws Exception {
        List<DemoPictures.Drawn> drawn = DemoPictures.draw(first);
        assertEquals(DemoPictures.COUNT, drawn.size());
        DemoPictures.draw(second);
        for (DemoPictures.Drawn photo : drawn) {
            String key = photo.key();
            Path file = first.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
            assertEquals(photo.sizeBytes(), Files.size(file));
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))));
        }
        BufferedImage image = ImageIO.read(first.resolve("de").resolve("mo").resolve(drawn.get(0).key()).toFile());
        assertNotNull(image, "a JPEG a browser can show");
        assertEquals(640, image.getWidth());
    }
}
