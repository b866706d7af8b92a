package com.logicrm.shared.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.logicrm.shared.region.Region.Level;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTests {

    private final Regions regions = Regions.standard();

    @ParameterizedTest
    @CsvSource({
            "440305, 南山区, COUNTY, 440300, 广东省深圳市南山区",
            "110101, 东城区, COUNTY, 110100, 北京市东城区",
            "310115, 浦东新区, COUNTY, 310100, 上海市浦东新区",
            "500229, 城口县, COUNTY, 500200, 重庆市城口县",
            "419001, 济源市, COUNTY, 419000, 河南省济源市",
            "440300, 深圳市, CITY, 440000, 广东省深圳市",
            "441900, 东莞市, CITY, 440000, 广东省东莞市",
            "440000, 广东省, PROVINCE, , 广东省",
            "810000, 香港特别行政区, PROVINCE, , 香港特别行政区",
    })
    void knownCodes(String code, String name, Level level, String parentCode, String fullName) {
        assertThat(regions.find(code)).contains(new Region(code, name, level, parentCode));
        assertThat(regions.fullName(code)).contains(fullName);
    }

    @Test
    void countsMatchTheNbsListsPlusTheThreeSpecialRegions() {
        assertThat(regions.all()).hasSize(3_350);
        assertThat(regions.provinces()).hasSize(34);
        assertThat(count(Level.CITY)).isEqualTo(342);
        assertThat(count(Level.COUNTY)).isEqualTo(2_974);
        assertThat(regions.provinces()).extracting(Region::code)
                .contains("110000", "650000", "710000", "810000", "820000")
                .isSorted();
    }

    @Test
    void theSpecialAdministrativeRegionsAndTaiwanHaveNoChildren() {
        assertThat(regions.find("710000")).map(Region::name).contains("台湾省");
        assertThat(regions.find("820000")).map(Region::name).contains("澳门特别行政区");
        assertThat(regions.children("710000")).isEmpty();
        assertThat(regions.children("810000")).isEmpty();
        assertThat(regions.children("820000")).isEmpty();
    }

    @Test
    void municipalitiesKeepTheirPlaceholderCityLevel() {
        assertThat(regions.children("110000")).extracting(Region::code, Region::name)
                .containsExactly(tuple("110100", "市辖区"));
        assertThat(regions.children("500000")).extracting(Region::name).containsExactly("市辖区", "县");
        assertThat(regions.path("110101")).extracting(Region::code).containsExactly("110000", "110100", "110101");
        // the placeholder's own full name keeps its name, so it does not clash with the province's
        assertThat(regions.fullName("110100")).contains("北京市市辖区");
    }

    @Test
    void parentsAndChildrenAgree() {
        for (Region region : regions.all()) {
            if (region.parentCode() == null) {
                assertThat(region.level()).isEqualTo(Level.PROVINCE);
            } else {
                assertThat(regions.children(region.parentCode())).contains(region);
            }
        }
        assertThat(regions.children("440300")).extracting(Region::name)
                .contains("罗湖区", "福田区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区", "坪山区", "光明区")
                .allSatisfy(name -> assertThat(name).endsWith("区"));
        assertThat(regions.children("440305")).isEmpty();
        assertThat(regions.children("999999")).isEmpty();
        assertThat(regions.children(null)).isEmpty();
    }

    @Test
    void everyCityHasAtLeastOneCountyExceptThoseWithoutCounties() {
        List<String> withoutCounties = regions.all().stream()
                .filter(r -> r.level() == Level.CITY && regions.children(r.code()).isEmpty())
                .map(Region::name)
                .toList();
        assertThat(withoutCounties).containsExactlyInAnyOrder("东莞市", "中山市", "儋州市", "嘉峪关市");
    }

    @Test
    void pathRunsFromTheProvinceDown() {
        assertThat(regions.path("440305")).extracting(Region::name).containsExactly("广东省", "深圳市", "南山区");
        assertThat(regions.path("440000")).extracting(Region::name).containsExactly("广东省");
        assertThat(regions.path("440399")).isEmpty();
    }

    @Test
    void fullNamesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Region region : regions.all()) {
            assertThat(seen.add(regions.fullName(region.code()).orElseThrow())).as(region.code()).isTrue();
        }
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThat(regions.find("440399")).isEmpty();
        assertThat(regions.find("371200")).as("莱芜市, merged into 济南市 in 2019").isEmpty();
        assertThat(regions.find("4403")).isEmpty();
        assertThat(regions.find(null)).isEmpty();
        assertThat(regions.fullName("000000")).isEmpty();
    }

    @Test
    void developmentZonesAreKeptAsTheNbsListsHaveThem() {
        assertThat(regions.fullName("320576")).contains("江苏省苏州市苏州工业园区");
    }

    @Test
    void findByNameTakesAnExactNameOrAFullName() {
        assertThat(regions.findByName("朝阳区")).extracting(Region::code).containsExactly("110105", "220104");
        assertThat(regions.findByName("北京市朝阳区")).extracting(Region::code).containsExactly("110105");
        assertThat(regions.findByName(" 广东省 深圳市 南山区 ")).extracting(Region::code).containsExactly("440305");
        assertThat(regions.findByName("深圳市南山区")).as("neither a name nor a full name").isEmpty();
        assertThat(regions.findByName("深圳")).isEmpty();
        assertThat(regions.findByName("")).isEmpty();
        assertThat(regions.findByName(null)).isEmpty();
    }

    @Test
    void searchIsLenient() {
        assertThat(regions.search("深圳")).first().extracting(Region::code).isEqualTo("440300");
        assertThat(regions.search("深圳")).extracting(Region::code).contains("440305", "440304");
        assertThat(regions.search("深圳市南山区")).extracting(Region::code).containsExactly("440305");
        assertThat(regions.search("广东深圳南山")).extracting(Region::code).containsExactly("440305");
        assertThat(regions.search("广东 深圳")).first().extracting(Region::code).isEqualTo("440300");
        assertThat(regions.search("浦东")).extracting(Region::code).containsExactly("310115");
        assertThat(regions.search("北京")).first().extracting(Region::code).isEqualTo("110000");
        assertThat(regions.search("南山区")).extracting(Region::code).startsWith("230404", "440305");
    }

    @Test
    void searchNeverReturnsPlaceholders() {
        assertThat(regions.search("市辖区")).isEmpty();
        assertThat(regions.search("北京")).extracting(Region::name).doesNotContain("市辖区");
        assertThat(regions.search("")).isEmpty();
        assertThat(regions.search("   ")).isEmpty();
        assertThat(regions.search("不存在的地方")).isEmpty();
    }

    @Test
    void theListsAreImmutable() {
        assertThatThrownBy(() -> regions.provinces().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> regions.children("440300").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Regions.standard()).isSameAs(regions);
    }

    @Test
    void aBrokenListIsRefusedWhenRead() throws Exception {
        assertThatThrownBy(() -> read("110000,北京市,,PROVINCE\n110000,北京,,PROVINCE\n"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> read("110000,北京市,,PROVINCE\n110101,东城区,110100,COUNTY\n"))
                .hasMessageContaining("110101");
        assertThatThrownBy(() -> read("110000,北京市,,PROVINCE\n110100,市辖区,110000,TOWN\n"))
                .hasMessageContaining("unknown level");
        assertThatThrownBy(() -> read("110000,北京市,PROVINCE\n")).hasMessageContaining("4 columns");
        assertThatThrownBy(() -> Regions.read(new StringReader("code,name\n"))).hasMessageContaining("header");
        assertThat(read("110000,北京市,,PROVINCE\n110100,市辖区,110000,CITY\n110101,东城区,110100,COUNTY\n")
                .fullName("110101")).contains("北京市东城区");
    }

    private static Regions read(String rows) throws Exception {
        return Regions.read(new StringReader(RegionFile.HEADER + "\n" + rows));
    }

    private long count(Level level) {
        return regions.all().stream().filter(r -> r.level() == level).count();
    }
}
