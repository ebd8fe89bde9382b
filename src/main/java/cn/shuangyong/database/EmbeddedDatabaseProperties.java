package cn.shuangyong.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL runs.
 *
 * @param dataDir folder kept across restarts; the cluster lives in its {@code pgdata} sub-folder
 * @param port 0 picks a free port at every start
 * @param database name of the application database inside the cluster
 * @param freshDatabase create a new, uniquely named database at each start (tests)
 */
@ConfigurationProperties("shuangyong.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, String database, boolean freshDatabase) {

	public EmbeddedDatabaseProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		database = database == null || database.isBlank() ? "shuangyong" : database;
	}

	Path clusterDir() {
		return dataDir.resolve("pgdata").toAbsolutePath();
	}
}
