package cn.shuangyong.publicity;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkFileTypeTest {

	@Test
	void tellsAVideoByItsContentNotItsName() {
		byte[] mp4 = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2' };
		byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
		assertThat(WorkFileType.of(mp4, "片子.mp4")).contains(WorkFileType.MP4);
		assertThat(WorkFileType.of(mp4, "片子.mp4").get().video()).isTrue();
		assertThat(WorkFileType.of(pdf, "片子.mp4")).contains(WorkFileType.PDF);
		assertThat(WorkFileType.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "片子.mp4")).isEmpty();
	}
}
