import javafx.application.Application;

/** The hello-world's entry point; like the app's Main, it is not the Application, so it also runs with JavaFX on the class path. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        Application.launch(HelloFx.class, args);
    }
}
