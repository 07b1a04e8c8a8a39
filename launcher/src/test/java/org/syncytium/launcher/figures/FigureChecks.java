package org.syncytium.launcher.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** Renders a figure's PNG and SVG and checks what can be checked about them without a human. */
final class FigureChecks {

    private FigureChecks() {
    }

    /** The decoded PNG, after checking its size and that it is not blank. */
    static BufferedImage png(Figure figure) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        figure.png().writeTo(bytes);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(figure.width(), image.getWidth());
        assertEquals(figure.height(), image.getHeight());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 100, "the PNG has almost no ink: " + dark + " dark pixels sampled");
        return image;
    }

    /** The SVG as text, after checking that it parses as XML with an svg root of the figure's size. */
    static String svg(Figure figure) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        figure.svg().writeTo(bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("svg", document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getTagName() : document.getDocumentElement().getLocalName());
        assertEquals(figure.width(), Double.parseDouble(document.getDocumentElement().getAttribute("width").replace("px", "")));
        return text;
    }
}
