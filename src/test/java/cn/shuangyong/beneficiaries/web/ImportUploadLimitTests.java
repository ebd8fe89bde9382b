package cn.shuangyong.beneficiaries.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.shuangyong.beneficiaries.importing.ImportSettings;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload limit filter (security requirements §3 #16): a declared length over the limit is answered 413 with a
 * Chinese reason before a byte of the body is read and before anything else runs; other requests pass untouched.
 */
class ImportUploadLimitTests {

	private final ImportUploadLimit filter = new ImportUploadLimit(
			new ImportSettings(DataSize.ofMegabytes(10), null, null, null));

	@Test
	void aDeclaredLengthOverTheLimitIs413BeforeTheBodyIsRead() throws Exception {
		Untouchable request = new Untouchable("POST", "/api/v1/beneficiaries/imports",
				DataSize.ofMegabytes(10).toBytes() + 64 * 1024 + 1);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.contains("文件超过了导入文件 10 MB 的上限，未保存任何内容");
		assertThat(chain.getRequest()).as("后续过滤器和控制器不应运行").isNull();
		assertThat(request.bodyRead).isFalse();
	}

	@Test
	void theImportPageUploadIsLimitedToo() throws Exception {
		Untouchable request = new Untouchable("POST", "/beneficiaries/imports", 2L * 1024 * 1024 * 1024);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(request.bodyRead).isFalse();
	}

	@Test
	void aFileWithinTheLimitAndOtherRequestsPass() throws Exception {
		for (Untouchable request : new Untouchable[] { new Untouchable("POST", "/api/v1/beneficiaries/imports", 1024),
				new Untouchable("POST", "/documents", 50L * 1024 * 1024),
				new Untouchable("GET", "/api/v1/beneficiaries/imports", 50L * 1024 * 1024) }) {
			MockFilterChain chain = new MockFilterChain();
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(request, response, chain);
			assertThat(chain.getRequest()).as(request.getRequestURI()).isSameAs(request);
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	/** A request that declares a length and records whether anyone touched its body. */
	static final class Untouchable extends MockHttpServletRequest {

		private final long declared;

		boolean bodyRead;

		Untouchable(String method, String uri, long declared) {
			super(method, uri);
			this.declared = declared;
		}

		@Override
		public long getContentLengthLong() {
			return declared;
		}

		@Override
		public int getContentLength() {
			return declared > Integer.MAX_VALUE ? -1 : (int) declared;
		}

		@Override
		public ServletInputStream getInputStream() {
			bodyRead = true;
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					throw new IOException("body must not be read");
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
				}
			};
		}
	}
}
