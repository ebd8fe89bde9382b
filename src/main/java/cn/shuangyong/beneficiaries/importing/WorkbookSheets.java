package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheets an .xlsx workbook lists in xl/workbook.xml, in order, with whether each is hidden. */
final class WorkbookSheets {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	record Entry(String name, String relationId, boolean hidden) {
	}

	private WorkbookSheets() {
	}

	static List<Entry> read(InputStream workbookXml) throws IOException, SAXException,
			javax.xml.parsers.ParserConfigurationException {
		List<Entry> sheets = new ArrayList<>();
		XMLReader xml = XMLHelper.newXMLReader();
		xml.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("sheet".equals(localName)) {
					String state = attributes.getValue("state");
					sheets.add(new Entry(attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id"),
							"hidden".equals(state) || "veryHidden".equals(state)));
				}
			}
		});
		xml.parse(new InputSource(workbookXml));
		return sheets;
	}
}
