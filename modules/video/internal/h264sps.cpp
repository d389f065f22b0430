// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/internal/h264sps.h"

#include <array>

namespace ioc {

namespace {

// Reads bits most significant first from an RBSP (emulation prevention already removed). Reading past
// the end sets failed(); every value read after that is 0.
class BitReader {
public:
    explicit BitReader(QByteArray rbsp) : m_data(std::move(rbsp)) {}

    bool failed() const { return m_failed; }

    quint32 bits(int count) // count ≤ 32
    {
        quint32 value = 0;
        for (int i = 0; i < count; ++i)
            value = (value << 1) | bit();
        return value;
    }

    quint32 bit()
    {
        if (m_position >= qsizetype(m_data.size()) * 8) {
            m_failed = true;
            return 0;
        }
        const auto byte = quint8(m_data.at(m_position / 8));
        const quint32 value = (byte >> (7 - m_position % 8)) & 1u;
        ++m_position;
        return value;
    }

    // ue(v): exp-Golomb; more than 31 leading zeros is not a valid SPS value.
    quint32 ue()
    {
        int zeros = 0;
        while (!m_failed && bit() == 0) {
            if (++zeros > 31) {
                m_failed = true;
                return 0;
            }
        }
        if (m_failed)
            return 0;
        return ((quint32(1) << zeros) - 1) + bits(zeros);
    }

    qint32 se()
    {
        const quint32 code = ue();
        return (code & 1u) ? qint32((code + 1) / 2) : -qint32(code / 2);
    }

private:
    QByteArray m_data;
    qsizetype m_position = 0;
    bool m_failed = false;
};

QByteArray withoutEmulationPrevention(const QByteArray& nal)
{
    QByteArray rbsp;
    rbsp.reserve(nal.size());
    int zeros = 0;
    for (const char c : nal) {
        if (zeros >= 2 && c == 0x03) {
            zeros = 0;
            continue;
        }
        zeros = c == 0 ? zeros + 1 : 0;
        rbsp.append(c);
    }
    return rbsp;
}

void skipScalingList(BitReader& reader, int size)
{
    qint32 last = 8;
    qint32 next = 8;
    for (int j = 0; j < size && !reader.failed(); ++j) {
        if (next != 0)
            next = (last + reader.se() + 256) % 256;
        last = next == 0 ? last : next;
    }
}

bool hasChromaFormat(int profileIdc)
{
    constexpr std::array profiles{100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135};
    for (int profile : profiles)
        if (profile == profileIdc)
            return true;
    return false;
}

} // namespace

double H264Sps::frameRate() const
{
    return timingInfo ? double(timeScale) / (2.0 * double(numUnitsInTick)) : 0.0;
}

std::optional<H264Sps> parseH264Sps(const QByteArray& nal)
{
    if (nal.size() < 4 || (quint8(nal.at(0)) & 0x1f) != 7)
        return std::nullopt;
    BitReader reader(withoutEmulationPrevention(nal.mid(1)));
    H264Sps sps;
    sps.profileIdc = int(reader.bits(8));
    reader.bits(8); // constraint flags
    reader.bits(8); // level_idc
    reader.ue();    // seq_parameter_set_id
    quint32 chromaFormat = 1;
    bool separateColourPlanes = false;
    if (hasChromaFormat(sps.profileIdc)) {
        chromaFormat = reader.ue();
        if (chromaFormat == 3)
            separateColourPlanes = reader.bit() != 0;
        reader.ue(); // bit_depth_luma_minus8
        reader.ue(); // bit_depth_chroma_minus8
        reader.bit(); // qpprime_y_zero_transform_bypass_flag
        if (reader.bit()) { // seq_scaling_matrix_present_flag
            const int lists = chromaFormat == 3 ? 12 : 8;
            for (int i = 0; i < lists && !reader.failed(); ++i)
                if (reader.bit())
                    skipScalingList(reader, i < 6 ? 16 : 64);
        }
    }
    reader.ue(); // log2_max_frame_num_minus4
    const quint32 pocType = reader.ue();
    if (pocType == 0) {
        reader.ue(); // log2_max_pic_order_cnt_lsb_minus4
    } else if (pocType == 1) {
        reader.bit(); // delta_pic_order_always_zero_flag
        reader.se();  // offset_for_non_ref_pic
        reader.se();  // offset_for_top_to_bottom_field
        const quint32 cycle = reader.ue();
        if (cycle > 255)
            return std::nullopt;
        for (quint32 i = 0; i < cycle && !reader.failed(); ++i)
            reader.se();
    } else if (pocType > 2) {
        return std::nullopt;
    }
    reader.ue();  // max_num_ref_frames
    reader.bit(); // gaps_in_frame_num_value_allowed_flag
    const quint32 widthMbs = reader.ue() + 1;
    const quint32 heightMapUnits = reader.ue() + 1;
    const bool frameMbsOnly = reader.bit() != 0;
    if (!frameMbsOnly)
        reader.bit(); // mb_adaptive_frame_field_flag
    reader.bit();     // direct_8x8_inference_flag
    quint32 cropLeft = 0, cropRight = 0, cropTop = 0, cropBottom = 0;
    if (reader.bit()) { // frame_cropping_flag
        cropLeft = reader.ue();
        cropRight = reader.ue();
        cropTop = reader.ue();
        cropBottom = reader.ue();
    }
    if (reader.failed() || widthMbs > 1024 || heightMapUnits > 1024)
        return std::nullopt;
    // Crop units (Table 6-1): chroma sub-sampling horizontally; vertically also × 2 for field coding.
    const quint32 chromaArray = separateColourPlanes ? 0 : chromaFormat;
    const quint32 cropX = chromaArray == 1 || chromaArray == 2 ? 2 : 1;
    const quint32 cropY = (chromaArray == 1 ? 2 : 1) * (frameMbsOnly ? 1 : 2);
    const qint64 width = qint64(widthMbs) * 16 - qint64(cropX) * (cropLeft + cropRight);
    const qint64 height = qint64(heightMapUnits) * 16 * (frameMbsOnly ? 1 : 2) - qint64(cropY) * (cropTop + cropBottom);
    sps.size = width > 0 && height > 0 ? QSize(int(width), int(height)) : QSize();

    if (reader.bit()) { // vui_parameters_present_flag
        if (reader.bit()) { // aspect_ratio_info_present_flag
            if (reader.bits(8) == 255) { // Extended_SAR
                reader.bits(16);
                reader.bits(16);
            }
        }
        if (reader.bit())   // overscan_info_present_flag
            reader.bit();   // overscan_appropriate_flag
        if (reader.bit()) { // video_signal_type_present_flag
            reader.bits(3); // video_format
            reader.bit();   // video_full_range_flag
            if (reader.bit()) // colour_description_present_flag
                reader.bits(24);
        }
        if (reader.bit()) { // chroma_loc_info_present_flag
            reader.ue();
            reader.ue();
        }
        if (reader.bit()) { // timing_info_present_flag
            sps.numUnitsInTick = reader.bits(32);
            sps.timeScale = reader.bits(32);
            sps.timingInfo = sps.numUnitsInTick != 0 && sps.timeScale != 0;
        }
    }
    if (reader.failed())
        return std::nullopt;
    return sps;
}

} // namespace ioc
