import java.io.File;
import javafx.css.Stylesheet;

/**
 * Compiles a JavaFX stylesheet to its binary form (.bss), as JavaFX's own modena.bss is made. When a
 * stylesheet {@code X.css} is asked for and {@code X.bss} lies beside it, JavaFX reads the .bss and skips
 * parsing the CSS. Run by build.sh for the window's app.css (JDK 17 source-file mode):
 *
 * <pre>java --module-path JAVAFX-JARS --add-modules javafx.graphics packaging/linux/CompileCss.java IN.css OUT.bss</pre>
 */
public final class CompileCss {
    private CompileCss() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CompileCss IN.css OUT.bss");
            System.exit(2);
        }
        Stylesheet.convertToBinary(new File(args[0]), new File(args[1]));
    }
}
