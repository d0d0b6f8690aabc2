package se.samverkan.ui;

/** Class-path locations of the web client, as the servlet container sees them in a resource jar. */
public final class UiResources {

    /** Folder of a jar whose contents a Servlet 3.0 container serves at the application root. */
    public static final String RESOURCE_ROOT = "META-INF/resources/";

    /** The page of the coordination UI, relative to the application root. */
    public static final String INDEX_PAGE = "index.html";

    private UiResources() {
    }

    /**
     * The class-path name of a file of the web client.
     *
     * @param webPath the file's path relative to the application root, e.g. {@code app.js}
     * @return e.g. {@code META-INF/resources/app.js}
     */
    public static String classPathName(String webPath) {
        String relative = webPath.startsWith("/") ? webPath.substring(1) : webPath;
        return RESOURCE_ROOT + relative;
    }
}
