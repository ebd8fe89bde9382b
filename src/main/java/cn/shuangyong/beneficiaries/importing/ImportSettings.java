package cn.shuangyong.beneficiaries.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of bulk import ({@code shuangyong.beneficiaries.import.*}).
 *
 * @param maxFileSize largest file an upload may send; larger is refused with 413 before the body is read (default
 * 10 MB, security requirements G4 [P]; raise {@code spring.servlet.multipart.max-file-size} with it past 20 MB)
 * @param maxRows most data rows an uploaded file may have, counted while reading (default 50,000)
 * @param commandMaxRows most data rows of a file imported from the command line by an operator (default 5,000,000)
 * @param chunkRows rows written per COPY and per progress update
 */
@ConfigurationProperties("shuangyong.beneficiaries.import")
public record ImportSettings(DataSize maxFileSize, Integer maxRows, Integer commandMaxRows, Integer chunkRows) {

	public ImportSettings {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxRows = maxRows == null ? 50_000 : maxRows;
		commandMaxRows = commandMaxRows == null ? 5_000_000 : commandMaxRows;
		chunkRows = chunkRows == null ? 5_000 : chunkRows;
	}

	/** The limit as messages state it. */
	public String maxFileSizeText() {
		long bytes = maxFileSize.toBytes();
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
	}
}
