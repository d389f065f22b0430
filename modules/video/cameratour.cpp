// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/cameratour.h"

#include <algorithm>

namespace ioc {

CameraTour::CameraTour(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(m_seconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &CameraTour::advance);
}

void CameraTour::setCameras(const QStringList& cameraKeys)
{
    const QString current = currentCamera();
    m_cameras = cameraKeys;
    m_index = current.isEmpty() ? -1 : int(m_cameras.indexOf(current));
    if (m_cameras.isEmpty())
        stop();
}

int CameraTour::setIntervalSeconds(int seconds)
{
    m_seconds = std::max(seconds, kMinSeconds);
    m_timer.setInterval(m_seconds * 1000);
    return m_seconds;
}

void CameraTour::start()
{
    if (m_cameras.isEmpty())
        return;
    const bool wasRunning = isRunning();
    m_index = 0;
    emit currentChanged(m_cameras.at(m_index), m_index);
    m_timer.start();
    if (!wasRunning)
        emit runningChanged(true);
}

void CameraTour::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit runningChanged(false);
}

QString CameraTour::currentCamera() const
{
    return m_index >= 0 && m_index < m_cameras.size() ? m_cameras.at(m_index) : QString();
}

void CameraTour::advance()
{
    if (m_cameras.isEmpty())
        return;
    m_index = (m_index + 1) % int(m_cameras.size());
    emit currentChanged(m_cameras.at(m_index), m_index);
}

} // namespace ioc
