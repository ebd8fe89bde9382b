package cn.shuangyong.documents;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocNumberTest {

	@Test
	void parsesANumberWrittenAsTheStandardWritesItAndWritesItBackTheSame() {
		DocNumber number = DocNumber.parse(" 云拥办〔2020〕15号 ", "发文字号");

		assertThat(number).isEqualTo(new DocNumber("云拥办", 2020, 15));
		assertThat(number.value()).isEqualTo("云拥办〔2020〕15号");
		assertThat(new DocNumber("楚拥办督", 2022, 1)).hasToString("楚拥办督〔2022〕1号");
	}

	@Test
	void refusesATypedNumberWithOtherBracketsADiOrALeadingZeroNamingTheField() {
		for (String typed : new String[] { "楚双拥(2020)8号", "云双拥[2020]05号", "云双拥〔2020〕第5号", "云双拥〔20〕5号",
				"〔2020〕5号", "云 双拥〔2020〕5号" }) {
			assertThatThrownBy(() -> DocNumber.parse(typed, "命名文件字号")).as(typed)
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("命名文件字号").hasMessageContaining("六角括号");
		}
		assertThatThrownBy(() -> DocNumber.parse("  ", "发文字号")).hasMessage("请填写发文字号");
	}

	@Test
	void readsTheFormsNoticesCarryAndNormalisesThem() {
		assertThat(DocNumber.read("某拥办[2021]12号")).contains(new DocNumber("某拥办", 2021, 12));
		assertThat(DocNumber.read("某拥办（2021）第 03 号")).contains(new DocNumber("某拥办", 2021, 3));
		assertThat(DocNumber.read("云拥办〔2020〕1号  签发人：张三")).contains(new DocNumber("云拥办", 2020, 1));
	}

	@Test
	void readsNoNumberOutOfASentenceOrImpossibleFigures() {
		assertThat(DocNumber.read("根据《某办法》（2020）1号文件精神，现通知如下。")).isEmpty();
		assertThat(DocNumber.read("某拥办〔2021〕0号")).isEmpty();
		assertThat(DocNumber.read("某拥办〔0000〕3号")).isEmpty();
		assertThat(DocNumber.read("一、总体要求")).isEmpty();
	}

	@Test
	void findsANumberCitedInRunningTextWithWhereItsCodeStands() {
		String text = "现将省双拥办《关于印发工作要点的通知》（云拥办〔2020〕1号）转发给你们";
		DocNumber.Cited cited = DocNumber.cited(text).orElseThrow();

		assertThat(cited.number()).isEqualTo(new DocNumber("云拥办", 2020, 1));
		assertThat(text.substring(cited.start(), cited.end())).isEqualTo("云拥办");
		assertThat(DocNumber.cited("没有引用任何文件")).isEmpty();
	}

	@Test
	void refusesAValueThatIsNoNumber() {
		assertThatThrownBy(() -> new DocNumber("云拥办", 2020, 0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new DocNumber("", 2020, 1)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new DocNumber("云拥办", 20, 1)).isInstanceOf(InvalidInputException.class);
	}
}
