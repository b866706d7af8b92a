package com.logicrm.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shipment.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spread of sellers' on-time rates: quartiles by nearest rank, bands, and sellers with too few deliveries left out. */
class OnTimeSpreadTests {

    @Test
    void quartilesAndBandsOverTheSellersWithEnoughDeliveries() {
        List<OlistProfile.SellerOnTime> sellers = List.of(seller(20, 20), seller(19, 20), seller(18, 20),
                seller(15, 20), seller(1, 2));
        OnTimeSpread spread = OnTimeSpread.of(sellers, 20);
        assertThat(spread.sellers()).isEqualTo(4);
        assertThat(spread.lowest()).isEqualByComparingTo("0.75");
        assertThat(spread.lowerQuartile()).isEqualByComparingTo("0.75");
        assertThat(spread.median()).isEqualByComparingTo("0.90");
        assertThat(spread.upperQuartile()).isEqualByComparingTo("0.95");
        assertThat(spread.highest()).isEqualByComparingTo("1");
        assertThat(spread.bands()).extracting(OnTimeSpread.Band::sellers).containsExactly(1, 1, 1, 0, 1);
        assertThat(OnTimeSpread.of(sellers, 1).sellers()).isEqualTo(5);
        assertThat(OnTimeSpread.of(sellers, 21).median()).isNull();
    }

    private static OlistProfile.SellerOnTime seller(long onTime, long delivered) {
        return new OlistProfile.SellerOnTime("s" + onTime, onTime, delivered, Rate.of(onTime, delivered));
    }
}
