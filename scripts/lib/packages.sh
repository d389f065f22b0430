# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian 12 packages IOC Desk needs, and the one function that installs what is missing.
# Sourced by scripts/demo and scripts/test. docs/dependencies.md says why each library is there.

IOC_BUILD_PACKAGES=(
    cmake g++ ninja-build ccache pkg-config
    qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-positioning-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-shadertools-dev
    libopencv-dev libcurl4-openssl-dev libspdlog-dev libsodium-dev
    libmosquitto-dev # the mqtt connector's MQTT client (Eclipse Mosquitto's C library)
)
IOC_RUN_PACKAGES=(
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtquick-shapes qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtmultimedia qml6-module-qtpositioning qml6-module-qtcharts
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 ffmpeg
    libmosquitto1 # the mqtt connector's MQTT client library
)
# What only running without a display needs (scripts/demo starts Xvfb).
IOC_HEADLESS_DISPLAY_PACKAGES=(xvfb xauth libgl1-mesa-dri)
# Tests: the Quick Test module; dpkg-shlibdeps + file for the package test; a real PostgreSQL;
# the sqlite3 command line (the ingest benchmark's reference); python3 (its http.server is the real
# tile server of the XYZ tests); Xvfb and Mesa for the map tests that read rendered OpenGL pixels;
# a real Mosquitto broker and its clients (mosquitto_passwd, mosquitto_sub) for the mqtt connector's tests.
IOC_TEST_PACKAGES=(qml6-module-qttest dpkg-dev file postgresql sqlite3 python3 xvfb xauth libgl1-mesa-dri
    mosquitto mosquitto-clients)
# Connector transport tests: python3 (listed above) runs scripts/test-servers/faulthttp.py (HTTP/HTTPS faults); pyftpdlib is
# the real FTP server of the FTP download and listing tests (scripts/test-servers/ftpserver.py).
IOC_TEST_PACKAGES+=(python3-pyftpdlib)
# Notification tests: aiosmtpd is the real SMTP server (STARTTLS, AUTH) of the e-mail tests
# (scripts/test-servers/smtpsink.py); the SMS gateway stand-in (smssink.py) needs python3 only.
IOC_TEST_PACKAGES+=(python3-aiosmtpd)
# Camera-wall tests: the loopback RTSP camera (scripts/test-servers/rtspserver.py) is gst-rtsp-server driven
# from Python (python3-gi + its GObject introspection data); plugins-good has qtdemux and rtph264pay,
# plugins-bad h264parse, libav the decoders it may need; ffmpeg (run packages) makes the test clips.
IOC_TEST_PACKAGES+=(python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-rtsp gstreamer1.0-plugins-good
    gstreamer1.0-plugins-bad gstreamer1.0-libav)
# The live clock camera (rtspserver.py --clock: latency benchmark, the frame-rate test) is encoded by x264enc,
# whose SPS states the frame rate; its --no-rate-clock twin uses openh264enc (plugins-bad) for the camera
# without one.
IOC_TEST_PACKAGES+=(gstreamer1.0-plugins-ugly)
# Video analytics tests: python3-onnx (with Debian's /usr/bin/python3) builds the tiny YOLO-shaped ONNX
# models of tst_dnndetector (tests/unit/vision/make_yolo_onnx.py).
IOC_TEST_PACKAGES+=(python3-onnx)

# ioc_install_packages PKG...: installs the packages that are not installed yet (apt-get, as root,
# or through sudo). Prints what it installs; installs nothing when all are there.
ioc_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and installing them needs root: ${missing[*]}" >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
