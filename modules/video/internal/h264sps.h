// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an H.264 sequence parameter set says about the picture size and the frame rate (ITU-T H.264
// 7.3.2.1.1 and E.1.1), read from the NAL unit as an RTSP camera announces it in its SDP
// (sprop-parameter-sets). Why: Qt 6.4's FFmpeg backend divides by the stream's
// average frame rate (AVStream::avg_frame_rate, an integer division by its numerator) in its video render
// thread; an H.264 stream over RTSP whose SPS has no VUI timing information has 0/0 there (FFmpeg's RTSP
// demuxer ignores the SDP's a=framerate), and the division kills the whole process with SIGFPE (found
// with gdb on Qt 6.4.2 / FFmpeg 5.1; MJPEG over HTTP has 0/0 too: internal/streamprobe.h).
// The session refuses such a camera before the player sees it. Pure functions, any thread.

#include <QByteArray>
#include <QSize>

#include <optional>

namespace ioc {

struct H264Sps {
    int profileIdc = 0;
    QSize size;                  // after cropping, in pixels (frame, not field)
    bool timingInfo = false;     // vui timing_info_present_flag with both fields non-zero
    quint32 numUnitsInTick = 0;
    quint32 timeScale = 0;
    // Frames per second as FFmpeg derives it (time_scale / (2 × num_units_in_tick)); 0 without timing.
    double frameRate() const;
};

// nal: one NAL unit starting with its header byte (type 7), emulation-prevention bytes still in.
// nullopt when it is not an SPS or is cut short / malformed.
std::optional<H264Sps> parseH264Sps(const QByteArray& nal);

} // namespace ioc
