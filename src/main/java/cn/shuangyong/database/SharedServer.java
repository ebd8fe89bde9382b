package cn.shuangyong.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One server per cluster folder in a JVM, however many application contexts use it (the test suite starts several):
 * a second start on the same folder would take the first one's postmaster for a stale one. The last context to close
 * stops the server, after its own pool has closed.
 */
final class SharedServer implements AutoCloseable {

	private static final Map<Path, SharedServer> RUNNING = new HashMap<>();

	private final Path clusterDir;

	private final EmbeddedPostgresServer server;

	private int users;

	private SharedServer(Path clusterDir, EmbeddedPostgresServer server) {
		this.clusterDir = clusterDir;
		this.server = server;
	}

	static synchronized SharedServer acquire(Path clusterDir, int port) throws IOException {
		SharedServer shared = RUNNING.get(clusterDir);
		if (shared == null) {
			shared = new SharedServer(clusterDir, EmbeddedPostgresServer.start(clusterDir, port));
			RUNNING.put(clusterDir, shared);
		}
		shared.users++;
		return shared;
	}

	int port() {
		return server.port();
	}

	@Override
	public void close() {
		synchronized (SharedServer.class) {
			if (--users == 0) {
				RUNNING.remove(clusterDir);
				server.close();
			}
		}
	}
}
