package qs.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Runs mongo-java-server on 127.0.0.1 for the Node server, scripts and tests.
 *
 * <p>Usage: {@code Launcher (--memory | --h2 FILE) [--port N]} (port 0, the default, picks a free one).
 * Once listening it prints exactly one line to stdout: {@code MONGO_JAVA_SERVER_LISTENING 127.0.0.1:PORT}.
 * It stops on SIGTERM and when its stdin closes, so it never outlives the process that started it.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final String READY = "MONGO_JAVA_SERVER_LISTENING ";
    private static final String USAGE = "usage: Launcher (--memory | --h2 FILE) [--port N]";

    /** Node driver 7 refuses wire versions below 9; the library's newest constant, MONGO_5_0, reports 8. */
    private enum Mongo60 implements MongoVersion {
        INSTANCE;

        @Override
        public List<Integer> getVersionArray() {
            return List.of(6, 0, 0);
        }

        @Override
        public int getWireVersion() {
            return 17;
        }
    }

    /** {@code h2File} is null for the memory backend. */
    private record Options(String h2File, int port) {}

    private Launcher() {}

    public static void main(String[] args) {
        // Netty and H2 log through slf4j-simple (stderr); only problems are worth showing.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options options = parseOrExit(args);
        try {
            MongoServer server = start(options);
            System.out.println(READY + HOST + ":" + server.getLocalAddress().getPort());
            System.out.flush();
            exitWhenStdinCloses();
        } catch (RuntimeException e) {
            System.err.println("mongo-java-server failed to start: " + e);
            System.exit(1);
        }
    }

    private static MongoServer start(Options options) {
        MongoBackend backend = options.h2File() == null ? new MemoryBackend() : new H2Backend(options.h2File());
        backend.version(Mongo60.INSTANCE);
        MongoServer server = new MongoServer(backend);
        // Registered before binding so that SIGTERM always closes the backend (H2 commits on close).
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-java-server-shutdown"));
        server.bind(HOST, options.port());
        return server;
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            drain(System.in);
            System.exit(0);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException e) {
            // A broken stdin means the parent is gone, like end of input.
        }
    }

    private static Options parseOrExit(String[] args) {
        try {
            return parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            throw e;
        }
    }

    private static Options parse(String[] args) {
        String h2File = null;
        boolean memory = false;
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--memory" -> memory = true;
                case "--h2" -> h2File = value(args, ++i, "--h2");
                case "--port" -> port = parsePort(value(args, ++i, "--port"));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (memory == (h2File != null)) {
            throw new IllegalArgumentException("give exactly one of --memory and --h2 FILE");
        }
        return new Options(h2File, port);
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + text);
        }
    }
}
