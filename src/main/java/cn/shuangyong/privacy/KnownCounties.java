package cn.shuangyong.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The county-level codes of one province, to warn when an ID number's address code (its first 6 digits) is not among
 * them. Only a warning: an ID keeps the code of the county where it was first issued, and counties and prefectures
 * have since been merged, renamed and recoded (Yunnan's 地区 became 市 with new codes), so an old code is not a wrong
 * one. Only Yunnan's list is held, from the directory's reference file {@code directory/regions-53.csv} (statistics
 * division codes, 2023 edition); an ID from any other province is accepted without a county warning.
 */
public final class KnownCounties {

	private static final String YUNNAN_FILE = "directory/regions-53.csv";

	private final String province;

	private final String provinceName;

	private final Set<String> codes;

	KnownCounties(String province, String provinceName, Set<String> codes) {
		this.province = province;
		this.provinceName = provinceName;
		this.codes = Set.copyOf(codes);
	}

	/** Yunnan's 129 current county-level codes, read once. */
	public static KnownCounties yunnan() {
		return Yunnan.COUNTIES;
	}

	/** A warning when the address code lies in this province but is not a current county code there. */
	List<String> warnings(String addressCode) {
		if (!addressCode.startsWith(province) || codes.contains(addressCode)) {
			return List.of();
		}
		return List.of(
				"地址码 " + addressCode + " 不是" + provinceName + "现行的县级行政区划代码（可能是撤并前的旧代码），请核对");
	}

	int size() {
		return codes.size();
	}

	/** Loads the file on first use only. */
	private static final class Yunnan {

		static final KnownCounties COUNTIES = new KnownCounties("53", "云南省", read(YUNNAN_FILE));

		private static Set<String> read(String resource) {
			InputStream in = KnownCounties.class.getClassLoader().getResourceAsStream(resource);
			if (in == null) {
				throw new IllegalStateException("缺少区划数据文件 " + resource);
			}
			Set<String> codes = new HashSet<>();
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					String[] fields = line.split(",");
					if (fields.length >= 3 && "COUNTY".equals(fields[2]) && fields[0].matches("\\d{6}")) {
						codes.add(fields[0]);
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("无法读取区划数据文件 " + resource, e);
			}
			return codes;
		}
	}
}
